/*
 * The session log section: logging a session (with the author's private note and action items), editing the
 * shared record, the viewer's own private note, ticking action items off and turning them into goals or
 * milestones. Every change is JSON to the REST API; refusals are shown next to their field. Does nothing
 * where the section is not interactive (no forms or buttons are rendered there).
 */
(function () {
    'use strict';

    /** Wires the loaded section (not the placeholder the page shows while it loads, which carries data-section). */
    function init(section) {
        if (!section || section.hasAttribute('data-section')) {
            return;
        }
        var rest = window.MentoringRest;
        var call = rest.call;
        var relationshipId = parseInt(section.getAttribute('data-relationship'), 10);

        function intOrNull(value) {
            return value === '' || value === null || value === undefined ? null : parseInt(value, 10);
        }

        function field(scope, name) {
            var el = scope.querySelector('[name="' + name + '"]');
            return el ? el.value : null;
        }

        // --- Log a session -------------------------------------------------------------------------
        var form = document.getElementById('session-form');
        if (form) {
            var items = document.getElementById('session-items');
            var rowTemplate = document.getElementById('session-item-row');

            var addRow = function () {
                items.appendChild(rowTemplate.content.cloneNode(true));
            };
            var open = document.getElementById('session-log-open');
            open.addEventListener('click', function () {
                form.classList.remove('mentoring-hidden');
                open.classList.add('mentoring-hidden');
                if (!items.querySelector('.mentoring-item-row')) {
                    addRow();
                }
                document.getElementById('session-held-on').focus();
            });
            document.getElementById('session-cancel').addEventListener('click', function () {
                form.classList.add('mentoring-hidden');
                open.classList.remove('mentoring-hidden');
            });
            document.getElementById('session-item-more').addEventListener('click', addRow);
            document.getElementById('session-submit').addEventListener('click', function () {
                rest.clearErrors(form);
                var actionItems = [];
                items.querySelectorAll('.mentoring-item-row').forEach(function (row) {
                    var value = function (name) { return row.querySelector('[data-name="' + name + '"]').value; };
                    row.querySelectorAll('.error[data-slot]').forEach(function (el) { el.removeAttribute('data-field'); });
                    if (!value('text').trim() && !value('dueOn')) {
                        return;
                    }
                    // Errors come back as actionItems[n].field: label this row's error slots with its index.
                    var prefix = 'actionItems[' + actionItems.length + '].';
                    row.querySelectorAll('.error[data-slot]').forEach(function (el) {
                        el.setAttribute('data-field', prefix + el.getAttribute('data-slot'));
                    });
                    actionItems.push({text: value('text'), ownerKey: value('ownerKey'), dueOn: value('dueOn') || null});
                });
                call('POST', '/sessions', {
                    relationshipId: relationshipId,
                    heldOn: field(form, 'heldOn'),
                    durationMinutes: intOrNull(field(form, 'durationMinutes')),
                    topics: field(form, 'topics'),
                    sharedNotes: field(form, 'sharedNotes'),
                    privateNote: field(form, 'privateNote'),
                    nextMeetingOn: field(form, 'nextMeetingOn') || null,
                    actionItems: actionItems
                }).then(rest.reloadOr(form));
            });
        }

        // --- One session ---------------------------------------------------------------------------
        section.querySelectorAll('.mentoring-session').forEach(function (li) {
            var path = '/sessions/' + li.getAttribute('data-session');
            var version = parseInt(li.getAttribute('data-version'), 10);

            var toggle = function (selector, show) {
                var el = li.querySelector(selector);
                if (el) {
                    el.classList.toggle('mentoring-hidden', !show);
                }
            };
            var on = function (selector, handler) {
                li.querySelectorAll(selector).forEach(function (el) { el.addEventListener('click', handler); });
            };

            // The shared record.
            var edit = li.querySelector('.mentoring-session-edit-form');
            on('.mentoring-session-edit', function () { toggle('.mentoring-session-edit-form', true); toggle('.mentoring-session-view', false); });
            on('.mentoring-session-edit-cancel', function () { toggle('.mentoring-session-edit-form', false); toggle('.mentoring-session-view', true); });
            on('.mentoring-session-save', function () {
                rest.clearErrors(edit);
                call('PUT', path, {
                    heldOn: field(edit, 'heldOn'),
                    durationMinutes: intOrNull(field(edit, 'durationMinutes')),
                    topics: field(edit, 'topics'),
                    sharedNotes: field(edit, 'sharedNotes'),
                    nextMeetingOn: field(edit, 'nextMeetingOn') || null,
                    version: version
                }).then(rest.reloadOr(edit));
            });

            // The viewer's own private note.
            var note = li.querySelector('.mentoring-note-form');
            on('.mentoring-note-edit', function () { toggle('.mentoring-note-form', true); note.querySelector('textarea').focus(); });
            on('.mentoring-note-cancel', function () { toggle('.mentoring-note-form', false); });
            on('.mentoring-note-save', function () {
                rest.clearErrors(note);
                call('PUT', path + '/private-note', {text: field(note, 'text')}).then(rest.reloadOr(note));
            });
            on('.mentoring-note-remove', function () {
                call('DELETE', path + '/private-note').then(rest.reloadOr(li));
            });

            // Action items.
            var itemForm = li.querySelector('.mentoring-item-form');
            on('.mentoring-item-add', function () {
                rest.clearErrors(itemForm);
                call('POST', path + '/action-items', {
                    text: field(itemForm, 'text'), ownerKey: field(itemForm, 'ownerKey'), dueOn: field(itemForm, 'dueOn') || null
                }).then(rest.reloadOr(itemForm));
            });
            li.querySelectorAll('.mentoring-action-item').forEach(function (item) {
                var itemPath = path + '/action-items/' + item.getAttribute('data-item');
                var done = item.querySelector('.mentoring-item-done');
                if (done) {
                    done.addEventListener('change', function () {
                        rest.clearErrors(item);
                        call('PUT', itemPath, {done: done.checked, version: parseInt(item.getAttribute('data-version'), 10)})
                            .then(rest.reloadOr(item));
                    });
                }
                var toGoal = item.querySelector('.mentoring-item-to-goal');
                if (toGoal) {
                    toGoal.addEventListener('click', function () {
                        rest.clearErrors(item);
                        call('POST', itemPath + '/goal', {}).then(rest.reloadOr(item));
                    });
                }
                var toMilestone = item.querySelector('.mentoring-item-to-milestone');
                if (toMilestone) {
                    var picker = item.querySelector('.mentoring-milestone-picker');
                    var select = picker.querySelector('select');
                    toMilestone.addEventListener('click', function () {
                        rest.clearErrors(item);
                        call('GET', '/goals?relationshipId=' + relationshipId + '&status=DRAFT,AGREED,IN_PROGRESS,IN_REVIEW&maxResults=100')
                            .then(function (reply) {
                                if (!reply.ok) {
                                    rest.showErrors(item, reply);
                                    return;
                                }
                                select.innerHTML = '';
                                reply.json.values.forEach(function (goal) {
                                    var option = document.createElement('option');
                                    option.value = goal.id;
                                    option.textContent = goal.title;
                                    select.appendChild(option);
                                });
                                if (!reply.json.values.length) {
                                    rest.showErrors(item, {json: {errorMessages: [rest.text('mentoring.sessions.goals.none')]}});
                                    return;
                                }
                                picker.classList.remove('mentoring-hidden');
                            });
                    });
                    picker.querySelector('.mentoring-milestone-save').addEventListener('click', function () {
                        rest.clearErrors(item);
                        call('POST', itemPath + '/milestone', {goalId: intOrNull(select.value)}).then(rest.reloadOr(item));
                    });
                }
            });
        });
    }

    function initInPage() {
        init(document.getElementById('section-sessions'));
    }

    // On the relationship page the section arrives after the page (rest-client.js loads it).
    document.addEventListener('mentoring:section-loaded', function (event) {
        if (event.detail.id === 'sessions') {
            init(event.detail.element);
        }
    });
    // Elsewhere (a Confluence macro) it is in the page: wait for the page itself.
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initInPage);
    } else {
        initInPage();
    }
}());
