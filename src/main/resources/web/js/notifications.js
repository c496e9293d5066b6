/*
 * "What's new" on My mentoring: the viewer's own notifications from the REST API, newest first, unread ones
 * in bold, and "Mark all as read". Messages are set as text, never as HTML.
 */
(function () {
    'use strict';
    var SHOWN = 10;

    function init() {
        var section = document.querySelector('[data-notifications]');
        if (!section) {
            return;
        }
        var rest = window.MentoringRest;
        var list = section.querySelector('#notifications-list');
        var badge = section.querySelector('#notifications-unread');
        var markRead = section.querySelector('#notifications-read');
        var newest = null;

        function showUnread(count) {
            badge.textContent = String(count);
            badge.classList.toggle('mentoring-hidden', count === 0);
            markRead.classList.toggle('mentoring-hidden', count === 0);
        }

        function load() {
            rest.call('GET', '/notifications?maxResults=' + SHOWN).then(function (reply) {
                if (!reply.ok) {
                    rest.showErrors(section, reply);
                    return;
                }
                list.innerHTML = '';
                reply.json.values.forEach(function (n) {
                    var li = document.createElement('li');
                    li.className = 'mentoring-notification' + (n.read ? '' : ' mentoring-notification-unread');
                    li.setAttribute('data-notification', n.id);
                    var text = document.createElement(n.link && n.link.charAt(0) === '/' ? 'a' : 'span');
                    if (text.tagName === 'A') {
                        text.href = rest.contextPath() + n.link;
                    }
                    text.textContent = n.message;
                    var when = document.createElement('span');
                    when.className = 'mentoring-event-when';
                    when.textContent = n.createdAt.substring(0, 16).replace('T', ' ');
                    li.appendChild(text);
                    li.appendChild(when);
                    list.appendChild(li);
                });
                newest = reply.json.values.length ? reply.json.values[0].id : null;
                section.querySelector('#notifications-none').classList.toggle('mentoring-hidden', reply.json.values.length > 0);
                showUnread(reply.json.unread);
            });
        }

        markRead.addEventListener('click', function () {
            if (newest === null) {
                return;
            }
            rest.call('POST', '/notifications/read', {upToId: newest}).then(function (reply) {
                if (reply.ok) {
                    load();
                } else {
                    rest.showErrors(section, reply);
                }
            });
        });
        load();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
