/*
 * The program pages: create a program, change it, move it through its lifecycle, appoint and remove managers, enrol
 * and withdraw, decide pending enrolments, and download the dashboard's CSV — each one REST call. A refusal is shown
 * where the action was, with the server's reason; a success reloads the page, which then says what happened
 * (?done=…, shown in the page's status region).
 */
(function () {
    'use strict';

    var rest = window.MentoringRest;

    function value(form, name) {
        var el = form.querySelector('[name="' + name + '"]');
        return el ? el.value.trim() : '';
    }

    function optionalNumber(form, name) {
        var v = value(form, name);
        return v === '' ? null : Number(v);
    }

    function programBody(form) {
        var body = {
            name: value(form, 'name'),
            description: value(form, 'description') || null,
            objectives: value(form, 'objectives') || null,
            kind: value(form, 'kind'),
            cadence: value(form, 'cadence'),
            meetingMinutes: optionalNumber(form, 'meetingMinutes'),
            mentorCap: optionalNumber(form, 'mentorCap'),
            autoApprove: form.querySelector('[name="autoApprove"]').checked
        };
        ['startsOn', 'endsOn', 'enrolFrom', 'enrolUntil'].forEach(function (name) {
            body[name] = value(form, name) || null;
        });
        return body;
    }

    /** Reloads {@code url} (default: this page) saying {@code done}. */
    function done(what, url) {
        var target = new URL(url || window.location.href, window.location.href);
        target.searchParams.set('done', what);
        window.location.assign(target.toString());
    }

    function busy(form, on) {
        form.querySelectorAll('button').forEach(function (b) {
            b.disabled = on;
            b.setAttribute('aria-busy', on ? 'true' : 'false');
        });
    }

    /** Sends one call for {@code form}; on success {@code then(reply)}, else the reasons in the form. */
    function send(form, method, path, payload, then) {
        rest.clearErrors(form);
        busy(form, true);
        rest.call(method, path, payload).then(function (reply) {
            busy(form, false);
            if (reply.ok) {
                then(reply);
            } else {
                rest.showErrors(form, reply);
                var first = form.querySelector('.error[data-field]:not(:empty), .mentoring-form-errors .aui-message');
                if (first) {
                    first.setAttribute('tabindex', '-1');
                    first.focus();
                }
            }
        });
    }

    function programId() {
        return document.body.getAttribute('data-program');
    }

    function on(id, event, handler) {
        var el = document.getElementById(id);
        if (el) {
            el.addEventListener(event, function (e) {
                e.preventDefault();
                handler(el, e);
            });
        }
    }

    /**
     * On a formal mentorship's page: the member's choice to go on informally after the program, as a checkbox that
     * saves at once and says so (the REST API answers 403/404 for anyone but the members: then nothing is shown).
     */
    function afterProgram() {
        var relationship = document.body.getAttribute('data-relationship');
        var main = document.getElementById('content');
        if (!relationship || !main || document.getElementById('after-program')) {
            return;
        }
        var path = '/relationships/' + encodeURIComponent(relationship) + '/after-program';
        rest.call('GET', path).then(function (reply) {
            if (!reply.ok || !reply.json.applies) {
                return;
            }
            var section = document.createElement('section');
            section.className = 'mentoring-section aui-page-panel-content';
            section.id = 'after-program';
            section.setAttribute('aria-labelledby', 'after-program-title');
            var title = document.createElement('h2');
            title.id = 'after-program-title';
            title.textContent = rest.text('mentoring.program.end.title');
            var box = document.createElement('div');
            box.className = 'checkbox';
            var input = document.createElement('input');
            input.type = 'checkbox';
            input.className = 'checkbox';
            input.id = 'after-program-continue';
            input.checked = reply.json.mine;
            var label = document.createElement('label');
            label.htmlFor = input.id;
            label.textContent = rest.text('mentoring.program.end.label');
            var said = document.createElement('p');
            said.id = 'after-program-status';
            said.setAttribute('role', 'status');
            var errors = document.createElement('div');
            errors.className = 'mentoring-form-errors';
            function describe(state, saved) {
                said.textContent = (saved ? rest.text('mentoring.program.end.saved') + ' ' : '')
                    + rest.text(state.mine && state.other ? 'mentoring.program.end.both' : 'mentoring.program.end.waiting');
            }
            input.addEventListener('change', function () {
                rest.clearErrors(section);
                rest.call('PUT', path, {continueInformally: input.checked}).then(function (answer) {
                    if (answer.ok) {
                        describe(answer.json, true);
                    } else {
                        input.checked = !input.checked;
                        rest.showErrors(section, answer);
                    }
                });
            });
            box.appendChild(input);
            box.appendChild(label);
            section.appendChild(title);
            section.appendChild(errors);
            section.appendChild(box);
            section.appendChild(said);
            main.appendChild(section);
            describe(reply.json, false);
        });
    }

    function init() {
        afterProgram();
        on('program-create-form', 'submit', function (form) {
            send(form, 'POST', '/programs', programBody(form), function (reply) {
                done('created', rest.links.program(reply.json.id));
            });
        });
        var id = programId();
        if (!id) {
            return;
        }
        var base = '/programs/' + encodeURIComponent(id);
        on('program-edit-form', 'submit', function (form) {
            var body = programBody(form);
            body.version = Number(document.body.getAttribute('data-program-version'));
            send(form, 'PUT', base, body, function () { done('saved'); });
        });
        on('program-limit-form', 'submit', function (form) {
            var v = value(form, 'maxApplications');
            // Sent as typed: a blank or a fraction is the server's to refuse, by field, next to the input.
            send(form, 'PUT', base + '/applications/settings', {maxApplications: v === '' ? null : Number(v)},
                function () { done('limit'); });
        });
        var moves = document.getElementById('program-move-form');
        if (moves) {
            moves.addEventListener('submit', function (e) { e.preventDefault(); });
            moves.querySelectorAll('[data-move]').forEach(function (button) {
                button.addEventListener('click', function () {
                    var move = button.getAttribute('data-move');
                    send(moves, 'POST', base + '/' + move, {
                        version: Number(document.body.getAttribute('data-program-version')),
                        note: value(moves, 'note') || null
                    }, function () { done(move); });
                });
            });
        }
        on('program-appoint-form', 'submit', function (form) {
            var who = value(form, 'userKey');
            rest.clearErrors(form);
            // A user name is looked up among people; a key (u-…) is used as it is.
            rest.call('GET', '/users?query=' + encodeURIComponent(who)).then(function (found) {
                var people = found.ok && Array.isArray(found.json) ? found.json : [];
                var match = people.filter(function (p) { return p.name === who || p.key === who; })[0];
                send(form, 'PUT', base + '/managers/' + encodeURIComponent(match ? match.key : who), undefined,
                    function () { done('appointed'); });
            });
        });
        document.querySelectorAll('[data-remove-manager]').forEach(function (button) {
            button.addEventListener('click', function () {
                var section = document.getElementById('program-managers');
                send(section, 'DELETE', base + '/managers/' + encodeURIComponent(button.getAttribute('data-remove-manager')),
                    undefined, function () { done('removed'); });
            });
        });
        document.querySelectorAll('[data-decide]').forEach(function (button) {
            button.addEventListener('click', function () {
                var section = document.getElementById('program-pending');
                var move = button.getAttribute('data-decide');
                send(section, 'POST', base + '/enrolments/' + encodeURIComponent(button.getAttribute('data-user')) + '/' + move,
                    {}, function () { done(move === 'approve' ? 'approved' : 'declined'); });
            });
        });
        on('program-enrol-form', 'submit', function (form) {
            var answers = [];
            form.querySelectorAll('[data-question]').forEach(function (q) {
                if (q.value.trim()) {
                    answers.push({question: Number(q.getAttribute('data-question')), text: q.value.trim()});
                }
            });
            send(form, 'POST', base + '/enrolments', {
                asMentor: document.getElementById('enrol-mentor').checked,
                asMentee: document.getElementById('enrol-mentee').checked,
                capacity: optionalNumber(form, 'capacity'),
                answers: answers
            }, function () { done('enrolled'); });
        });
        on('program-withdraw-form', 'submit', function (form) {
            send(form, 'POST', base + '/enrolments/' + encodeURIComponent(document.body.getAttribute('data-viewer')) + '/withdraw',
                {}, function () { done('withdrawn'); });
        });
        on('dashboard-csv', 'click', function (button) {
            var status = document.getElementById('dashboard-status');
            fetch(rest.base() + base + '/dashboard', {
                credentials: 'same-origin', headers: {'Accept': 'text/csv'}
            }).then(function (response) {
                return response.ok ? response.blob() : Promise.reject(response.status);
            }).then(function (blob) {
                var a = document.createElement('a');
                a.href = URL.createObjectURL(blob);
                a.download = 'program-' + id + '-dashboard.csv';
                document.body.appendChild(a);
                a.click();
                a.remove();
                status.textContent = rest.text('mentoring.dashboard.csv.done');
            }).catch(function () {
                status.textContent = rest.text('mentoring.form.failed');
            });
            button.blur();
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
