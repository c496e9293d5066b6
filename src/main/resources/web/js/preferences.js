/*
 * Notification preferences: every kind's two choices saved as one JSON PUT; the page then shows the choices the
 * server kept and says they were saved (a status message that takes the focus, so screen readers announce it).
 */
(function () {
    'use strict';

    function init() {
        var form = document.getElementById('preferences-form');
        if (!form || !document.body.hasAttribute('data-preferences')) {
            return;
        }
        var rest = window.MentoringRest;
        var saved = document.getElementById('preferences-saved');
        document.getElementById('preferences-save').addEventListener('click', function () {
            rest.clearErrors(form);
            saved.classList.add('mentoring-hidden');
            var body = {};
            form.querySelectorAll('fieldset[data-kind]').forEach(function (set) {
                body[set.getAttribute('data-kind')] = {
                    inApp: set.querySelector('select[name=inApp]').value,
                    email: set.querySelector('select[name=email]').value
                };
            });
            rest.call('PUT', '/notifications/preferences', body).then(function (reply) {
                if (!reply.ok) {
                    rest.showErrors(form, reply);
                    return;
                }
                reply.json.kinds.forEach(function (k) {
                    var set = form.querySelector('fieldset[data-kind="' + k.kind + '"]');
                    if (set) {
                        set.querySelector('select[name=inApp]').value = k.inApp;
                        set.querySelector('select[name=email]').value = k.email;
                    }
                });
                saved.classList.remove('mentoring-hidden');
                saved.focus();
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
