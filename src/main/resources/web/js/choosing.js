/*
 * Choosing in a program (the "Choose a mentor/mentee" and "Applications" pages): apply with a note, withdraw, accept,
 * decline — each one REST call. A refusal is shown where the action was, with the server's reason, and focused; a
 * success reloads the page, which then says what happened (?done=…, in the page's status region).
 */
(function () {
    'use strict';

    var rest = window.MentoringRest;

    function done(what) {
        var target = new URL(window.location.href);
        target.searchParams.set('done', what);
        window.location.assign(target.toString());
    }

    function busy(scope, on) {
        scope.querySelectorAll('button').forEach(function (b) {
            b.disabled = on;
            b.setAttribute('aria-busy', on ? 'true' : 'false');
        });
    }

    function send(scope, path, payload, what) {
        rest.clearErrors(scope);
        busy(scope, true);
        rest.call('POST', path, payload).then(function (reply) {
            busy(scope, false);
            if (reply.ok) {
                done(what);
                return;
            }
            rest.showErrors(scope, reply);
            var first = scope.querySelector('.error[data-field]:not(:empty), .mentoring-form-errors .aui-message');
            if (first) {
                first.setAttribute('tabindex', '-1');
                first.focus();
            }
        });
    }

    function init() {
        var program = document.body.getAttribute('data-program');
        if (!program || !document.querySelector('[data-apply], [data-withdraw], [data-accept], [data-decline]')) {
            return;
        }
        var base = '/programs/' + encodeURIComponent(program) + '/applications';
        document.querySelectorAll('form[data-apply]').forEach(function (form) {
            form.addEventListener('submit', function (e) {
                e.preventDefault();
                var note = form.querySelector('[name="note"]').value.trim();
                send(form, base, {chooserKey: form.getAttribute('data-apply'), note: note || null}, 'applied');
            });
        });
        [['data-withdraw', 'withdraw', 'withdrawn'], ['data-accept', 'accept', 'accepted'], ['data-decline', 'decline', 'declined']]
            .forEach(function (action) {
                document.querySelectorAll('[' + action[0] + ']').forEach(function (button) {
                    button.addEventListener('click', function () {
                        var section = button.closest('section');
                        send(section, base + '/' + encodeURIComponent(button.getAttribute(action[0])) + '/' + action[1], {}, action[2]);
                    });
                });
            });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
