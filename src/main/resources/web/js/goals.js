/*
 * Goal pages: adding goals, transitions (with the comment or reason some require), editing, milestones and
 * check-ins. Every change is JSON to the REST API with the version the page was rendered with.
 */
(function () {
    'use strict';

    function init() {
        var body = document.body;
        var rest = window.MentoringRest;
        var call = rest.call;
        var text = rest.text;
        var clearErrors = function () { rest.clearErrors(document); };
        var showErrors = rest.showErrors;
        var reloadOr = function (scope) { return rest.reloadOr(scope); };

        // --- Board: add a goal -----------------------------------------------------------------
        var create = document.getElementById('goal-create');
        if (create) {
            document.getElementById('goal-create-submit').addEventListener('click', function () {
                clearErrors();
                call('POST', '/goals', {
                    relationshipId: parseInt(body.getAttribute('data-relationship-goals'), 10),
                    title: document.getElementById('goal-title').value,
                    ownerKey: document.getElementById('goal-owner').value
                }).then(function (reply) {
                    if (reply.status === 201) {
                        window.location = rest.links.goal(reply.json.id);
                    } else {
                        showErrors(create, reply);
                    }
                });
            });
        }

        // --- Goal page -----------------------------------------------------------------------------
        var goalId = body.getAttribute('data-goal');
        if (!goalId) {
            return;
        }
        var version = parseInt(body.getAttribute('data-version'), 10);
        var path = '/goals/' + goalId;
        var form = document.getElementById('transition-form');
        var pending = null;

        document.querySelectorAll('.mentoring-transition').forEach(function (button) {
            button.addEventListener('click', function () {
                clearErrors();
                var field = button.getAttribute('data-field');
                var id = parseInt(button.getAttribute('data-transition'), 10);
                if (!field) {
                    call('POST', path + '/transitions', {id: id, version: version}).then(reloadOr(document));
                    return;
                }
                pending = {id: id, field: field};
                document.getElementById('transition-label').textContent = text('mentoring.goal.field.' + field);
                document.getElementById('transition-submit').textContent = button.textContent;
                document.getElementById('transition-text').value = '';
                form.classList.remove('mentoring-hidden');
                document.getElementById('transition-text').focus();
            });
        });
        if (form) {
            document.getElementById('transition-submit').addEventListener('click', function () {
                clearErrors();
                var payload = {id: pending.id, version: version};
                payload[pending.field] = document.getElementById('transition-text').value;
                call('POST', path + '/transitions', payload).then(reloadOr(form));
            });
            document.getElementById('transition-cancel').addEventListener('click', function () {
                form.classList.add('mentoring-hidden');
            });
        }

        var save = document.getElementById('goal-save');
        if (save) {
            save.addEventListener('click', function () {
                clearErrors();
                var edit = document.getElementById('goal-edit');
                var value = function (name) { return edit.querySelector('[name="' + name + '"]').value; };
                call('PUT', path, {
                    title: value('title'), description: value('description'), successCriteria: value('successCriteria'),
                    targetDate: value('targetDate') || null, competencies: value('competencies'), version: version
                }).then(reloadOr(edit));
            });
        }

        var addMilestone = document.getElementById('milestone-add');
        if (addMilestone) {
            addMilestone.addEventListener('click', function () {
                clearErrors();
                call('POST', path + '/milestones', {title: document.getElementById('milestone-title').value})
                    .then(reloadOr(document.getElementById('milestone-form')));
            });
        }
        // Enter in a one-line form (a new milestone, evidence) does what its button does.
        [['milestone-form', 'milestone-add'], ['evidence-form', 'evidence-add']].forEach(function (pair) {
            var one = document.getElementById(pair[0]);
            if (one) {
                one.addEventListener('submit', function () { document.getElementById(pair[1]).click(); });
            }
        });
        var addEvidence = document.getElementById('evidence-add');
        if (addEvidence) {
            addEvidence.addEventListener('click', function () {
                clearErrors();
                var evidence = document.getElementById('evidence-form');
                call('POST', path + '/evidence', {
                    kind: document.getElementById('evidence-kind').value,
                    ref: document.getElementById('evidence-ref').value.trim(),
                    label: document.getElementById('evidence-label').value.trim() || null
                }).then(reloadOr(evidence));
            });
        }
        document.querySelectorAll('.mentoring-milestone').forEach(function (box) {
            box.addEventListener('change', function () {
                call('PUT', path + '/milestones/' + box.getAttribute('data-milestone'), {done: box.checked})
                    .then(reloadOr(document));
            });
        });

        var checkIn = document.getElementById('checkin-submit');
        if (checkIn) {
            checkIn.addEventListener('click', function () {
                clearErrors();
                var progress = document.getElementById('checkin-progress').value;
                call('POST', path + '/check-ins', {
                    progress: progress === '' ? null : parseInt(progress, 10),
                    note: document.getElementById('checkin-note').value,
                    visibility: document.getElementById('checkin-visibility').value
                }).then(reloadOr(document.getElementById('checkin-form')));
            });
        }
    }

    // Web resources load in the page's head: wait for the page itself.
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
