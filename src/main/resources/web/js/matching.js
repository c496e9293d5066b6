/*
 * A program's matching page: run matching, pin or forbid a proposed pair, remove a rule, publish the run — each one
 * REST call. A refusal is shown at the top of the page with the server's reason (and focused); a success reloads the
 * page, which then says what happened (?done=…, in its status region).
 */
(function () {
    'use strict';

    var rest = window.MentoringRest;

    function init() {
        var program = document.body.getAttribute('data-program');
        if (!program || !document.getElementById('matching-run-summary')) {
            return;
        }
        var base = '/programs/' + encodeURIComponent(program) + '/matching';
        var errors = document.getElementById('page-errors');
        var status = document.getElementById('page-status');

        function done(what, extra) {
            var target = new URL(window.location.href);
            ['done', 'proposed', 'failed', 'pairsAt', 'unmatchedAt', 'rulesAt'].forEach(function (p) { target.searchParams.delete(p); });
            target.hash = '';
            target.searchParams.set('done', what);
            Object.keys(extra || {}).forEach(function (k) { target.searchParams.set(k, extra[k]); });
            window.location.assign(target.toString());
        }

        function send(button, method, path, payload, then) {
            rest.clearErrors(document.getElementById('content'));
            document.querySelectorAll('#content button').forEach(function (b) { b.disabled = true; });
            button.setAttribute('aria-busy', 'true');
            status.textContent = rest.text('mentoring.matching.page.working');
            rest.call(method, path, payload).then(function (reply) {
                if (reply.ok) {
                    then(reply);
                    return;
                }
                document.querySelectorAll('#content button').forEach(function (b) { b.disabled = false; });
                button.setAttribute('aria-busy', 'false');
                status.textContent = '';
                rest.showErrors(errors.parentNode, reply);
                var first = errors.querySelector('.aui-message') || errors;
                first.setAttribute('tabindex', '-1');
                first.focus();
            });
        }

        var run = document.getElementById('matching-run');
        if (run) {
            run.addEventListener('click', function () {
                send(run, 'POST', base + '/runs', undefined, function () { done('ran'); });
            });
        }
        var publish = document.getElementById('matching-publish');
        if (publish) {
            publish.addEventListener('click', function () {
                send(publish, 'POST', base + '/publish', {run: Number(document.body.getAttribute('data-run'))}, function (reply) {
                    done('published', {proposed: reply.json.proposed, failed: reply.json.failed.length});
                });
            });
        }
        document.querySelectorAll('[data-rule]').forEach(function (button) {
            button.addEventListener('click', function () {
                var row = button.closest('[data-pair]');
                var kind = button.getAttribute('data-rule');
                send(button, 'PUT', base + '/rules', {
                    menteeKey: row.getAttribute('data-mentee'), mentorKey: row.getAttribute('data-mentor'), kind: kind
                }, function () { done(kind === 'PIN' ? 'pinned' : 'forbidden'); });
            });
        });
        // Another pair: each person by user name (or key), looked up among people; refusals are shown by their field.
        var form = document.getElementById('matching-rule-form');
        if (form) {
            form.addEventListener('submit', function (e) {
                e.preventDefault();
                var submit = document.getElementById('matching-rule-submit');
                var kind = form.querySelector('[name="kind"]').value;
                var names = ['menteeKey', 'mentorKey'].map(function (name) { return form.querySelector('[name="' + name + '"]').value.trim(); });
                Promise.all(names.map(function (who) {
                    return rest.call('GET', '/users?query=' + encodeURIComponent(who)).then(function (found) {
                        var people = found.ok && Array.isArray(found.json) ? found.json : [];
                        var match = people.filter(function (p) { return p.name === who || p.key === who; })[0];
                        return match ? match.key : who;
                    });
                })).then(function (keys) {
                    rest.clearErrors(form);
                    submit.disabled = true;
                    rest.call('PUT', base + '/rules', {menteeKey: keys[0], mentorKey: keys[1], kind: kind}).then(function (reply) {
                        submit.disabled = false;
                        if (reply.ok) {
                            done(kind === 'PIN' ? 'pinned' : 'forbidden');
                            return;
                        }
                        rest.showErrors(form, reply);
                        var first = form.querySelector('.error[data-field]:not(:empty), .mentoring-form-errors .aui-message');
                        if (first) {
                            first.setAttribute('tabindex', '-1');
                            first.focus();
                        }
                    });
                });
            });
        }
        document.querySelectorAll('[data-remove-rule]').forEach(function (button) {
            button.addEventListener('click', function () {
                send(button, 'DELETE', base + '/rules/' + encodeURIComponent(button.getAttribute('data-remove-rule')), undefined,
                    function () { done('removed'); });
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
