/*
 * The feedback section (relationship page, and the Confluence feedback macro later): giving and editing
 * feedback with ratings, acknowledging, replying, earlier versions, whole threads, older feedback and blind
 * rounds. Every change is JSON to the REST API; anything from the server is inserted as text, never as markup.
 */
(function () {
    'use strict';

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = text;
        }
        return node;
    }

    function when(iso) {
        return iso ? iso.substring(0, 16).replace('T', ' ') : '';
    }

    function initSection(section) {
        var rest = window.MentoringRest;
        var call = rest.call;
        var text = rest.text;
        var relationshipId = parseInt(section.getAttribute('data-relationship'), 10);
        var form = section.querySelector('#feedback-form');
        var editing = null;

        function ratingsFromForm() {
            var ratings = [];
            form.querySelectorAll('.mentoring-rating-row').forEach(function (row) {
                var name = row.querySelector('.mentoring-rating-name').value.trim();
                var score = row.querySelector('.mentoring-rating-score').value;
                if (name || score) {
                    ratings.push({competency: name, score: score === '' ? null : parseInt(score, 10)});
                }
            });
            return ratings;
        }

        /** The form gives feedback ("give") or edits the author's own ("edit"): labels and round choice follow. */
        function setMode(mode) {
            var title = form.querySelector('#feedback-form-title');
            title.textContent = title.getAttribute('data-' + mode);
            var submit = form.querySelector('#feedback-submit');
            submit.textContent = submit.getAttribute('data-' + mode);
            form.querySelector('#feedback-cancel-edit').classList.toggle('mentoring-hidden', mode === 'give');
            var roundChoice = form.querySelector('#feedback-round-choice');
            if (roundChoice) {
                roundChoice.classList.toggle('mentoring-hidden', mode === 'edit');
            }
        }

        function resetForm() {
            editing = null;
            form.reset();
            setMode('give');
        }

        if (form) {
            form.querySelector('#feedback-submit').addEventListener('click', function () {
                rest.clearErrors(form);
                var goal = form.querySelector('#feedback-goal').value;
                var payload = {
                    kind: form.querySelector('#feedback-kind').value,
                    text: form.querySelector('#feedback-text').value,
                    goalId: goal === '' ? null : parseInt(goal, 10),
                    ratings: ratingsFromForm(),
                    visibility: form.querySelector('#feedback-visibility').value
                };
                var page = form.querySelector('#feedback-page').value;
                if (page) {
                    payload.pageId = page;
                }
                if (editing) {
                    payload.version = editing.version;
                    call('PUT', '/feedback/' + editing.id, payload).then(rest.reloadOr(form));
                    return;
                }
                payload.relationshipId = relationshipId;
                var inRound = form.querySelector('#feedback-in-round');
                if (inRound && inRound.checked) {
                    payload.roundId = parseInt(inRound.getAttribute('data-round'), 10);
                }
                call('POST', '/feedback', payload).then(rest.reloadOr(form));
            });
            form.querySelector('#feedback-cancel-edit').addEventListener('click', resetForm);
        }

        var roundForm = section.querySelector('#feedback-round-form');
        if (roundForm) {
            roundForm.querySelector('#feedback-round-open').addEventListener('click', function () {
                rest.clearErrors(roundForm);
                var days = roundForm.querySelector('#feedback-round-days').value;
                call('POST', '/feedback/rounds', {relationshipId: relationshipId, days: days === '' ? null : parseInt(days, 10)})
                    .then(rest.reloadOr(roundForm));
            });
        }

        section.querySelectorAll('.mentoring-feedback-item').forEach(function (item) {
            var id = item.getAttribute('data-feedback');
            var path = '/feedback/' + id;

            var ack = item.querySelector('.mentoring-feedback-ack');
            if (ack) {
                ack.addEventListener('click', function () {
                    rest.clearErrors(item);
                    call('POST', path + '/acknowledge', {}).then(rest.reloadOr(item));
                });
            }

            var replyForm = item.querySelector('.mentoring-reply-form');
            if (replyForm) {
                replyForm.querySelector('.mentoring-reply-submit').addEventListener('click', function () {
                    rest.clearErrors(item);
                    call('POST', path + '/replies', {text: replyForm.querySelector('.mentoring-reply-text').value})
                        .then(rest.reloadOr(item));
                });
            }

            var edit = item.querySelector('.mentoring-feedback-edit');
            if (edit && form) {
                edit.addEventListener('click', function () {
                    resetForm();
                    rest.clearErrors(form);
                    editing = {id: id, version: parseInt(item.getAttribute('data-version'), 10)};
                    form.querySelector('#feedback-kind').value = item.getAttribute('data-kind');
                    form.querySelector('#feedback-visibility').value = item.getAttribute('data-visibility');
                    form.querySelector('#feedback-goal').value = item.getAttribute('data-goal') || '';
                    form.querySelector('#feedback-text').value = item.querySelector('.mentoring-feedback-text').textContent;
                    var rows = form.querySelectorAll('.mentoring-rating-row');
                    item.querySelectorAll('.mentoring-ratings li').forEach(function (rating, i) {
                        if (rows[i]) {
                            rows[i].querySelector('.mentoring-rating-name').value = rating.getAttribute('data-competency');
                            rows[i].querySelector('.mentoring-rating-score').value = rating.getAttribute('data-score');
                        }
                    });
                    setMode('edit');
                    form.scrollIntoView();
                    form.querySelector('#feedback-text').focus();
                });
            }

            var versions = item.querySelector('.mentoring-feedback-versions');
            if (versions) {
                versions.addEventListener('click', function () {
                    var list = item.querySelector('.mentoring-feedback-versions-list');
                    call('GET', path + '/versions?maxResults=100').then(function (reply) {
                        if (!reply.ok) {
                            rest.showErrors(item, reply);
                            return;
                        }
                        list.textContent = '';
                        reply.json.values.forEach(function (v) {
                            var li = el('li', 'mentoring-feedback-version');
                            li.appendChild(el('span', 'mentoring-event-when',
                                text('mentoring.feedback.version') + ' ' + v.version + ' · ' + when(v.writtenAt) + ' · '
                                + text('mentoring.feedback.kind.' + v.kind)));
                            li.appendChild(el('div', 'mentoring-pre', v.text));
                            if (v.ratings.length) {
                                li.appendChild(el('div', 'mentoring-muted',
                                    v.ratings.map(function (r) { return r.competency + ' ' + r.score + '/5'; }).join(', ')));
                            }
                            list.appendChild(li);
                        });
                        if (!reply.json.values.length) {
                            list.appendChild(el('li', 'mentoring-muted', text('mentoring.feedback.versions.none')));
                        }
                        list.classList.remove('mentoring-hidden');
                    });
                });
            }

            var thread = item.querySelector('.mentoring-feedback-thread');
            if (thread) {
                thread.addEventListener('click', function () {
                    call('GET', path + '/replies?maxResults=100').then(function (reply) {
                        if (!reply.ok) {
                            rest.showErrors(item, reply);
                            return;
                        }
                        var list = item.querySelector('.mentoring-thread');
                        list.textContent = '';
                        reply.json.values.forEach(function (r) {
                            var li = el('li', 'mentoring-reply');
                            li.appendChild(el('strong', null, r.author.displayName));
                            li.appendChild(document.createTextNode(' '));
                            li.appendChild(el('span', 'mentoring-event-when', when(r.writtenAt)));
                            li.appendChild(el('div', 'mentoring-pre', r.text));
                            list.appendChild(li);
                        });
                        thread.parentNode.classList.add('mentoring-hidden');
                    });
                });
            }
        });

        // Older feedback, read-only: replying and acknowledging happen on the latest feedback.
        var older = section.querySelector('#feedback-older');
        if (older) {
            older.addEventListener('click', function () {
                var start = parseInt(older.getAttribute('data-start'), 10);
                call('GET', '/feedback?relationshipId=' + relationshipId + '&startAt=' + start + '&maxResults=20').then(function (reply) {
                    if (!reply.ok) {
                        rest.showErrors(section, reply);
                        return;
                    }
                    var list = section.querySelector('#feedback-list');
                    reply.json.values.forEach(function (f) {
                        var li = el('li', 'mentoring-feedback-item mentoring-feedback-older');
                        li.id = 'feedback-' + f.id;
                        var head = el('div', 'mentoring-feedback-head');
                        head.appendChild(el('strong', null, f.author.displayName));
                        head.appendChild(document.createTextNode(' ' + text('mentoring.feedback.to') + ' '));
                        head.appendChild(el('strong', null, f.recipient.displayName));
                        head.appendChild(document.createTextNode(' '));
                        head.appendChild(el('span', 'aui-lozenge', text('mentoring.feedback.kind.' + f.kind)));
                        head.appendChild(el('span', 'mentoring-event-when', when(f.givenAt)));
                        li.appendChild(head);
                        li.appendChild(el('div', 'mentoring-pre mentoring-feedback-text', f.text));
                        if (f.ratings.length) {
                            li.appendChild(el('div', 'mentoring-muted',
                                f.ratings.map(function (r) { return r.competency + ' ' + r.score + '/5'; }).join(', ')));
                        }
                        list.appendChild(li);
                    });
                    if (reply.json.isLast) {
                        older.parentNode.classList.add('mentoring-hidden');
                    } else {
                        older.setAttribute('data-start', String(start + reply.json.values.length));
                    }
                });
            });
        }
    }

    var SECTION = '.mentoring-feedback[data-relationship]';

    function init() {
        document.querySelectorAll(SECTION).forEach(initSection);
    }

    // On the relationship page the section arrives after the page (rest-client.js loads it).
    document.addEventListener('mentoring:section-loaded', function (event) {
        var element = event.detail.element;
        if (element.matches(SECTION)) {
            initSection(element);
        }
    });

    // Web resources load in the page's head: wait for the page itself.
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
