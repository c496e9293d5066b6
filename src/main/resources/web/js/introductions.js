/*
 * Introductions: asking the other member for one, introducing someone (with a note to them) or declining, withdrawing
 * one's own request (the relationship page's section), and accepting or declining an introduction ("My network").
 * Every change is JSON to the REST API with the version the page showed; refusals are shown next to their field.
 */
(function () {
    'use strict';

    /** A person picker on the host's user search: typing suggests people; choosing one fills the hidden key. */
    function picker(input, keyInput, list) {
        var rest = window.MentoringRest;
        var timer = null;
        input.addEventListener('input', function () {
            keyInput.value = '';
            clearTimeout(timer);
            var query = input.value.trim();
            if (!query) {
                list.innerHTML = '';
                return;
            }
            timer = setTimeout(function () {
                rest.call('GET', '/users?query=' + encodeURIComponent(query)).then(function (reply) {
                    list.innerHTML = '';
                    (reply.ok ? reply.json : []).filter(function (u) { return u.key !== document.body.getAttribute('data-viewer'); })
                        .forEach(function (u) {
                            var li = document.createElement('li');
                            li.setAttribute('role', 'option');
                            li.setAttribute('tabindex', '0');
                            li.setAttribute('data-key', u.key);
                            li.textContent = u.displayName + ' (' + u.name + ')';
                            var choose = function () {
                                input.value = u.displayName;
                                keyInput.value = u.key;
                                list.innerHTML = '';
                            };
                            li.addEventListener('click', choose);
                            li.addEventListener('keydown', function (e) {
                                if (e.key === 'Enter') {
                                    choose();
                                }
                            });
                            list.appendChild(li);
                        });
                });
            }, 150);
        });
    }

    /** The moves on each listed introduction (accept, decline, withdraw, introduce). */
    function wireIntroductions(scope) {
        var rest = window.MentoringRest;
        scope.querySelectorAll('.mentoring-introduction').forEach(function (li) {
            var path = '/introductions/' + li.getAttribute('data-introduction');
            var version = parseInt(li.getAttribute('data-version'), 10);
            li.querySelectorAll('.mentoring-introduction-move').forEach(function (button) {
                button.addEventListener('click', function () {
                    rest.clearErrors(li);
                    rest.call('POST', path + '/' + button.getAttribute('data-move'), {version: version}).then(rest.reloadOr(li));
                });
            });
            var form = li.querySelector('.mentoring-introduce-form');
            if (form) {
                picker(form.querySelector('.mentoring-introduce-person'), form.querySelector('.mentoring-introduce-key'),
                    form.querySelector('.mentoring-suggestions'));
                li.querySelector('.mentoring-introduce-open').addEventListener('click', function () {
                    form.classList.remove('mentoring-hidden');
                    form.querySelector('.mentoring-introduce-person').focus();
                });
                form.querySelector('.mentoring-introduce-submit').addEventListener('click', function () {
                    rest.clearErrors(li);
                    rest.call('POST', path + '/introduce', {
                        introducedKey: form.querySelector('.mentoring-introduce-key').value || null,
                        note: form.querySelector('[name="note"]').value,
                        version: version
                    }).then(rest.reloadOr(form));
                });
            }
        });
    }

    function initSection(section) {
        if (!section || section.hasAttribute('data-section')) {
            return;
        }
        var rest = window.MentoringRest;
        var relationshipId = parseInt(section.getAttribute('data-relationship'), 10);
        var form = document.getElementById('introduction-ask-form');
        if (form) {
            var open = document.getElementById('introduction-ask-open');
            picker(document.getElementById('introduction-wanted-person'), document.getElementById('introduction-wanted-key'),
                document.getElementById('introduction-wanted-suggestions'));
            open.addEventListener('click', function () {
                form.classList.remove('mentoring-hidden');
                open.classList.add('mentoring-hidden');
                document.getElementById('introduction-wanted-person').focus();
            });
            document.getElementById('introduction-ask-cancel').addEventListener('click', function () {
                form.classList.add('mentoring-hidden');
                open.classList.remove('mentoring-hidden');
            });
            document.getElementById('introduction-ask-submit').addEventListener('click', function () {
                rest.clearErrors(form);
                rest.call('POST', '/introductions', {
                    relationshipId: relationshipId,
                    wantedKey: document.getElementById('introduction-wanted-key').value || null,
                    wantedText: document.getElementById('introduction-wanted-text').value,
                    purpose: document.getElementById('introduction-purpose').value
                }).then(rest.reloadOr(form));
            });
        }
        wireIntroductions(section);
    }

    function initInPage() {
        initSection(document.getElementById('section-introductions'));
        var waiting = document.getElementById('network-waiting');
        if (waiting) {
            wireIntroductions(waiting);
        }
    }

    document.addEventListener('mentoring:section-loaded', function (event) {
        if (event.detail.id === 'introductions') {
            initSection(event.detail.element);
        }
    });
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initInPage);
    } else {
        initInPage();
    }
}());
