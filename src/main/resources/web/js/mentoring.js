/*
 * Mentoring pages: the propose dialog, lifecycle moves and the agreement form. Every change goes through
 * the REST API as JSON (which is what protects it from cross-site requests) and sends the version the
 * page was rendered with, so a stale page gets "reload" instead of overwriting someone's change.
 */
(function () {
    'use strict';

    function init() {
        var body = document.body;
        var rest = window.MentoringRest;
        var call = rest.call;
        var text = rest.text;
        var clearErrors = rest.clearErrors;
        var showErrors = rest.showErrors;
        var NOTE_MOVES = ['decline', 'pause', 'complete', 'end'];

        function dialog(id) {
            return window.AJS && AJS.dialog2 ? AJS.dialog2('#' + id) : {
                show: function () { document.getElementById(id).removeAttribute('hidden'); },
                hide: function () { document.getElementById(id).setAttribute('hidden', ''); }
            };
        }

        // --- My mentoring: propose ---------------------------------------------------------------
        var proposeOpen = document.getElementById('propose-open');
        if (proposeOpen) {
            var proposeDialog = document.getElementById('propose-dialog');
            var person = document.getElementById('propose-person');
            var personKey = document.getElementById('propose-person-key');
            var suggestions = document.getElementById('propose-suggestions');
            var searchTimer = null;

            proposeOpen.addEventListener('click', function () {
                clearErrors(proposeDialog);
                dialog('propose-dialog').show();
                person.focus();
            });
            // First use: "Offer to mentor" is a proposal with the viewer as the mentor.
            var offer = document.getElementById('offer-to-mentor');
            if (offer) {
                offer.addEventListener('click', function () {
                    document.getElementById('role-mentor').checked = true;
                    proposeOpen.click();
                });
            }
            document.getElementById('propose-cancel').addEventListener('click', function () {
                dialog('propose-dialog').hide();
            });
            person.addEventListener('input', function () {
                personKey.value = '';
                clearTimeout(searchTimer);
                var query = person.value.trim();
                if (!query) {
                    suggestions.innerHTML = '';
                    return;
                }
                searchTimer = setTimeout(function () {
                    call('GET', '/users?query=' + encodeURIComponent(query)).then(function (reply) {
                        suggestions.innerHTML = '';
                        (reply.ok ? reply.json : []).filter(function (u) { return u.key !== body.getAttribute('data-viewer'); })
                            .forEach(function (u) {
                                var li = document.createElement('li');
                                li.setAttribute('role', 'option');
                                li.setAttribute('data-key', u.key);
                                li.textContent = u.displayName + ' (' + u.name + ')';
                                li.addEventListener('click', function () {
                                    person.value = u.displayName;
                                    personKey.value = u.key;
                                    suggestions.innerHTML = '';
                                });
                                suggestions.appendChild(li);
                            });
                    });
                }, 150);
            });
            // From "Find a mentor": ?propose=<user key> opens the dialog with that mentor filled in (a listed profile);
            // from an accepted introduction: ?introduction=<id>, the person it connected the viewer to (whose profile may
            // be hidden: the introduction, not the profile, names them).
            var openProposal = function (user) {
                person.value = user.displayName;
                personKey.value = user.key;
                document.getElementById('role-mentee').checked = true;
                clearErrors(proposeDialog);
                dialog('propose-dialog').show();
                document.getElementById('propose-note').focus();
            };
            var params = new URLSearchParams(window.location.search);
            var proposeTo = params.get('propose');
            var fromIntroduction = params.get('introduction');
            if (proposeTo) {
                call('GET', '/profiles/' + encodeURIComponent(proposeTo)).then(function (reply) {
                    if (reply.ok) {
                        openProposal(reply.json.user);
                    }
                });
            } else if (fromIntroduction) {
                call('GET', '/introductions/' + encodeURIComponent(fromIntroduction)).then(function (reply) {
                    if (reply.ok && reply.json.counterpart) {
                        openProposal(reply.json.counterpart);
                    }
                });
            }
            // A refused proposal to someone the viewer already has a live mentorship with links to that mentorship.
            var linkExisting = function (other) {
                call('GET', '/relationships?status=PROPOSED&status=ACTIVE&status=PAUSED&maxResults=50').then(function (reply) {
                    var found = reply.ok && reply.json.values.filter(function (r) {
                        return r.mentor.key === other || r.mentee.key === other;
                    })[0];
                    var field = proposeDialog.querySelector('.error[data-field="person"]');
                    if (!found || !field) {
                        return;
                    }
                    var link = document.createElement('a');
                    link.id = 'propose-existing';
                    link.href = rest.links.relationship(found.id);
                    link.textContent = text('mentoring.propose.existing');
                    field.appendChild(document.createTextNode(' '));
                    field.appendChild(link);
                });
            };
            document.getElementById('propose-submit').addEventListener('click', function () {
                clearErrors(proposeDialog);
                var me = body.getAttribute('data-viewer');
                var other = personKey.value;
                if (!other) {
                    proposeDialog.querySelector('.error[data-field="person"]').textContent = text('mentoring.propose.person.none');
                    return;
                }
                var asMentor = document.getElementById('role-mentor').checked;
                call('POST', '/relationships', {
                    mentorKey: asMentor ? me : other,
                    menteeKey: asMentor ? other : me,
                    note: document.getElementById('propose-note').value
                }).then(function (reply) {
                    if (reply.status === 201) {
                        window.location = rest.links.relationship(reply.json.id);
                    } else {
                        showErrors(proposeDialog, reply, {mentorKey: 'person', menteeKey: 'person'});
                        linkExisting(other);
                    }
                });
            });
        }

        // --- Relationship page: moves and agreement ----------------------------------------------
        var relationshipId = body.getAttribute('data-relationship');
        if (relationshipId) {
            var version = parseInt(body.getAttribute('data-version'), 10);
            var path = '/relationships/' + relationshipId;
            var moveDialog = document.getElementById('move-dialog');
            var pendingMove = null;

            var afterChange = rest.reloadOr;

            document.querySelectorAll('.mentoring-move').forEach(function (button) {
                button.addEventListener('click', function () {
                    var move = button.getAttribute('data-move');
                    clearErrors(document);
                    if (NOTE_MOVES.indexOf(move) >= 0) {
                        pendingMove = move;
                        document.getElementById('move-title').textContent = button.textContent;
                        document.getElementById('move-submit').textContent = button.textContent;
                        document.getElementById('move-note-label').textContent = text('mentoring.move.note.' + move);
                        document.getElementById('move-note').value = '';
                        dialog('move-dialog').show();
                    } else {
                        call('POST', path + '/' + move, {version: version}).then(afterChange(document.getElementById('content')));
                    }
                });
            });
            if (moveDialog) {
                document.getElementById('move-submit').addEventListener('click', function () {
                    clearErrors(moveDialog);
                    call('POST', path + '/' + pendingMove, {note: document.getElementById('move-note').value, version: version})
                        .then(afterChange(moveDialog));
                });
                document.getElementById('move-cancel').addEventListener('click', function () {
                    dialog('move-dialog').hide();
                });
            }

            var form = document.getElementById('agreement-form');
            var edit = document.getElementById('agreement-edit');
            if (form && edit) {
                var days = document.getElementById('agreement-cadence-days');
                var cadence = document.getElementById('agreement-cadence');
                var syncDays = function () { days.hidden = cadence.value !== 'EVERY_N_DAYS'; };
                cadence.addEventListener('change', syncDays);
                syncDays();
                edit.addEventListener('click', function () {
                    form.classList.remove('mentoring-hidden');
                    edit.hidden = true;
                });
                document.getElementById('agreement-cancel').addEventListener('click', function () {
                    form.classList.add('mentoring-hidden');
                    edit.hidden = false;
                });
                document.getElementById('agreement-save').addEventListener('click', function () {
                    clearErrors(form);
                    var value = function (name) { return form.querySelector('[name="' + name + '"]').value; };
                    call('PUT', path + '/agreement', {
                        objectives: value('objectives'),
                        cadence: value('cadence'),
                        cadenceDays: cadence.value === 'EVERY_N_DAYS' && value('cadenceDays') ? parseInt(value('cadenceDays'), 10) : null,
                        channel: value('channel'),
                        confidentiality: value('confidentiality'),
                        startDate: value('startDate') || null,
                        plannedEndDate: value('plannedEndDate') || null,
                        version: version
                    }).then(afterChange(form));
                });
            }
            var accept = document.getElementById('agreement-accept');
            if (accept) {
                accept.addEventListener('click', function () {
                    clearErrors(document);
                    call('POST', path + '/agreement/accept', {version: version}).then(afterChange(document.getElementById('agreement')));
                });
            }
        }
    }

    // Web resources load in the page's head: wait for the page itself.
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
