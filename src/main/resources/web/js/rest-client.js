/*
 * What the app's page scripts share: JSON calls to the REST API (JSON is what protects state changes from
 * cross-site requests) and showing its errors — each field's message next to the field, the rest as an
 * AUI message. Exposed as window.MentoringRest.
 */
(function () {
    'use strict';

    /** The host's context path: the app's pages say it on the body; elsewhere (a Confluence page with a macro) AUI knows it. */
    function contextPath() {
        var declared = document.body.getAttribute('data-context-path');
        if (declared !== null) {
            return declared;
        }
        return window.AJS && typeof AJS.contextPath === 'function' ? AJS.contextPath() : '';
    }

    function base() {
        return contextPath() + '/rest/mentoring/1.0';
    }

    /** The addresses of the app's pages that scripts go to, as PageLinks (Java) builds them for templates. */
    var links = {
        root: function () {
            return contextPath() + '/plugins/servlet/mentoring';
        },
        relationship: function (id) {
            return links.root() + '/relationship?id=' + encodeURIComponent(id);
        },
        goal: function (id) {
            return links.root() + '/goal?id=' + encodeURIComponent(id);
        },
        section: function (relationship, section) {
            return links.root() + '/section?relationship=' + encodeURIComponent(relationship) + '&section=' + encodeURIComponent(section);
        },
        program: function (id) {
            return links.root() + '/program?id=' + encodeURIComponent(id);
        }
    };

    /** Words the page's template put in its hidden texts; a few every page needs have an English fallback. */
    var FALLBACK = {'mentoring.form.required.missing': 'This field is required.'};

    function text(key) {
        var el = document.querySelector('[data-text="' + key + '"]');
        return el ? el.textContent : (FALLBACK[key] || key);
    }

    function call(method, path, payload) {
        return fetch(base() + path, {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: payload === undefined ? undefined : JSON.stringify(payload)
        }).then(function (response) {
            return response.text().then(function (raw) {
                var json = null;
                try { json = raw ? JSON.parse(raw) : null; } catch (e) { json = null; }
                return {ok: response.ok, status: response.status, json: json};
            });
        });
    }

    function clearErrors(scope) {
        scope.querySelectorAll('.error[data-field]').forEach(function (el) { el.textContent = ''; });
        scope.querySelectorAll('.mentoring-form-errors').forEach(function (el) { el.innerHTML = ''; });
    }

    /** {@code fieldMap} renames API fields to the page's fields (e.g. mentorKey → person). */
    function showErrors(scope, reply, fieldMap) {
        var json = reply.json || {};
        var general = (json.errorMessages || []).slice();
        Object.keys(json.errors || {}).forEach(function (field) {
            var name = (fieldMap && fieldMap[field]) || field;
            var target = scope.querySelector('.error[data-field="' + name + '"]')
                || document.querySelector('.error[data-field="' + name + '"]');
            if (target) {
                target.textContent = json.errors[field];
            } else {
                general.push(json.errors[field]);
            }
        });
        if (!general.length && !Object.keys(json.errors || {}).length) {
            general.push(text('mentoring.form.failed'));
        }
        if (general.length) {
            var box = scope.querySelector('.mentoring-form-errors') || document.getElementById('page-errors');
            var message = document.createElement('div');
            message.className = 'aui-message aui-message-error';
            general.forEach(function (m) {
                var p = document.createElement('p');
                p.textContent = m;
                message.appendChild(p);
            });
            box.appendChild(message);
        }
    }

    /** A reply handler: reload on success, otherwise show the errors within {@code scope}. */
    function reloadOr(scope, fieldMap) {
        return function (reply) {
            if (reply.ok) {
                window.location.reload();
            } else {
                showErrors(scope, reply, fieldMap);
            }
        };
    }

    /**
     * Fills each section placeholder ({@code [data-section]}) of a relationship page with its fragment from
     * the section servlet; a section with nothing for this viewer (204) disappears. Each loaded section is
     * announced with a {@code mentoring:section-loaded} event ({@code detail.id}, {@code detail.element}) so
     * the section's own script can wire it up.
     */
    function loadSections() {
        var relationship = document.body.getAttribute('data-relationship');
        document.querySelectorAll('[data-section]').forEach(function (placeholder) {
            var id = placeholder.getAttribute('data-section');
            fetch(links.section(relationship, id), {credentials: 'same-origin'}).then(function (response) {
                if (response.status === 204) {
                    placeholder.remove();
                    return;
                }
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                return response.text().then(function (html) {
                    var holder = document.createElement('div');
                    holder.innerHTML = html;
                    var section = holder.firstElementChild || holder;
                    placeholder.replaceWith(section);
                    document.dispatchEvent(new CustomEvent('mentoring:section-loaded', {detail: {id: id, element: section}}));
                });
            }).catch(function () {
                placeholder.classList.remove('mentoring-section-loading');
                placeholder.innerHTML = '';
                var message = document.createElement('div');
                message.className = 'aui-message aui-message-error';
                message.textContent = text('mentoring.section.failed');
                placeholder.appendChild(message);
            });
        });
    }

    /** Progress bars take their width from {@code data-progress}: inline styles would break a strict content security policy. */
    function showProgress(root) {
        root.querySelectorAll('[data-progress]').forEach(function (bar) {
            var value = Math.max(0, Math.min(100, parseInt(bar.getAttribute('data-progress'), 10) || 0));
            bar.style.width = value + '%';
        });
    }

    /** The app's forms are sent as JSON by their scripts; Enter in a field must not send one as a page request. */
    document.addEventListener('submit', function (e) {
        if (e.target.hasAttribute && e.target.hasAttribute('data-mentoring-form')) {
            e.preventDefault();
        }
    });
    document.addEventListener('mentoring:section-loaded', function (e) {
        showProgress(e.detail.element);
    });

    /**
     * Required fields are checked in the page before anything is sent (the server checks them again): a click on a
     * form's primary button (or one marked data-checks-required) with a visible required field left empty says so next to each such
     * field, focuses the first, and the click goes no further. Runs first (capture), so no page script sends it.
     */
    function missingRequired(form) {
        var missing = [];
        form.querySelectorAll('[required]').forEach(function (field) {
            if (field.disabled || field.offsetParent === null || String(field.value).trim() !== '') {
                return;
            }
            missing.push(field);
            var group = field.closest('.field-group, .checkbox, fieldset, li') || field.parentNode;
            var error = (field.name && group.querySelector('.error[data-field="' + field.name + '"]')) || group.querySelector('.error');
            if (!error) {
                error = document.createElement('div');
                error.className = 'error';
                field.insertAdjacentElement('afterend', error);
            }
            error.textContent = text('mentoring.form.required.missing');
            field.setAttribute('aria-invalid', 'true');
        });
        if (missing.length) {
            missing[0].focus();
        }
        return missing.length > 0;
    }

    document.addEventListener('click', function (e) {
        var button = e.target.closest && e.target.closest('button');
        if (!button || button.disabled || !(button.classList.contains('aui-button-primary') || button.hasAttribute('data-checks-required'))) {
            return;
        }
        var form = button.closest('form[data-mentoring-form]');
        if (!form) {
            var dialog = button.closest('.aui-dialog2');
            form = dialog && dialog.querySelector('form[data-mentoring-form]');
        }
        if (form && missingRequired(form)) {
            e.preventDefault();
            e.stopImmediatePropagation();
        }
    }, true);
    document.addEventListener('input', function (e) {
        if (e.target.getAttribute && e.target.getAttribute('aria-invalid') === 'true' && String(e.target.value).trim() !== '') {
            e.target.removeAttribute('aria-invalid');
        }
    });

    function start() {
        showProgress(document);
        loadSections();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }

    window.MentoringRest = {contextPath: contextPath, base: base, links: links, call: call, text: text, clearErrors: clearErrors, showErrors: showErrors, reloadOr: reloadOr};
}());
