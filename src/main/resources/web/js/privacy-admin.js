/*
 * Personal data for administrators: preview what the app holds for a person (counts only), then erase them; retention
 * months with a dry run. JSON calls to the REST API (administrators only); every outcome is said on the page.
 */
(function () {
    'use strict';

    function init() {
        if (!document.body.hasAttribute('data-admin-privacy')) {
            return;
        }
        var rest = window.MentoringRest;
        var form = document.getElementById('erasure-form');
        var user = document.getElementById('erasure-user');
        var transfer = document.getElementById('erasure-transfer');
        var erase = document.getElementById('erasure-erase');
        var affected = document.getElementById('erasure-affected');
        var list = document.getElementById('erasure-affected-list');
        var done = document.getElementById('erasure-done');
        var previewed = null;

        function counts(map) {
            list.innerHTML = '';
            var kinds = Object.keys(map);
            if (kinds.length === 0) {
                var none = document.createElement('li');
                none.textContent = rest.text('mentoring.erasure.nothing');
                list.appendChild(none);
            }
            kinds.forEach(function (kind) {
                var li = document.createElement('li');
                li.textContent = kind + ': ' + map[kind];
                list.appendChild(li);
            });
            affected.classList.remove('mentoring-hidden');
        }

        user.addEventListener('input', function () {
            previewed = null;
            erase.disabled = true;
        });
        document.getElementById('erasure-preview').addEventListener('click', function () {
            rest.clearErrors(form);
            done.classList.add('mentoring-hidden');
            rest.call('GET', '/admin/erasure?user=' + encodeURIComponent(user.value)).then(function (reply) {
                if (!reply.ok) {
                    rest.showErrors(form, reply);
                    return;
                }
                previewed = reply.json.name;
                var map = reply.json.affected;
                if (reply.json.programsManaged > 0) {
                    map['programs.managed'] = reply.json.programsManaged;
                }
                counts(map);
                erase.disabled = false;
                erase.focus();
            });
        });
        erase.addEventListener('click', function () {
            if (!previewed || !window.confirm(rest.text('mentoring.erasure.confirm'))) {
                return;
            }
            rest.clearErrors(form);
            rest.call('POST', '/admin/erasure', {user: previewed, transferTo: transfer.value || null}).then(function (reply) {
                if (!reply.ok) {
                    rest.showErrors(form, reply);
                    return;
                }
                erase.disabled = true;
                previewed = null;
                affected.classList.add('mentoring-hidden');
                done.querySelector('p').textContent = rest.text('mentoring.erasure.done') + ' ' + reply.json.formerUserKey;
                done.classList.remove('mentoring-hidden');
            });
        });

        var retention = document.getElementById('retention-form');
        var months = document.getElementById('retention-months');
        var result = document.getElementById('retention-result');
        function monthsValue() {
            return months.value === '' ? null : Number(months.value);
        }
        function say(text) {
            result.querySelector('p').textContent = text;
            result.classList.remove('mentoring-hidden');
        }
        document.getElementById('retention-save').addEventListener('click', function () {
            rest.clearErrors(retention);
            rest.call('PUT', '/admin/retention', {months: monthsValue()}).then(function (reply) {
                if (!reply.ok) {
                    rest.showErrors(retention, reply);
                    return;
                }
                months.value = reply.json.months === null ? '' : reply.json.months;
                say(reply.json.months === null ? rest.text('mentoring.retention.off') : rest.text('mentoring.retention.saved'));
            });
        });
        document.getElementById('retention-dry-run').addEventListener('click', function () {
            rest.clearErrors(retention);
            rest.call('POST', '/admin/retention/dry-run', {months: monthsValue()}).then(function (reply) {
                if (!reply.ok) {
                    rest.showErrors(retention, reply);
                    return;
                }
                var parts = Object.keys(reply.json.wouldDelete).map(function (k) { return k + ': ' + reply.json.wouldDelete[k]; });
                say(rest.text('mentoring.retention.wouldDelete') + ' ' + parts.join(', '));
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
