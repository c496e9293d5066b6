/*
 * "What's new" on My mentoring: the viewer's own notifications from the REST API, newest first, ten at a time
 * ("Show more" pages on), unread ones in bold. Clicking one marks it read before following its link; "Mark all
 * as read" marks everything shown. Messages are set as text, never as HTML.
 */
(function () {
    'use strict';
    var PAGE = 10;

    function init() {
        var section = document.querySelector('[data-notifications]');
        if (!section) {
            return;
        }
        var rest = window.MentoringRest;
        var list = section.querySelector('#notifications-list');
        var badge = section.querySelector('#notifications-unread');
        var markRead = section.querySelector('#notifications-read');
        var more = section.querySelector('#notifications-more');
        var newest = null;
        var shown = 0;

        function showUnread(count) {
            badge.textContent = String(count);
            badge.classList.toggle('mentoring-hidden', count === 0);
            markRead.classList.toggle('mentoring-hidden', count === 0);
        }

        function item(n) {
            var li = document.createElement('li');
            li.className = 'mentoring-notification' + (n.read ? '' : ' mentoring-notification-unread');
            li.setAttribute('data-notification', n.id);
            var text = document.createElement(n.link && n.link.charAt(0) === '/' ? 'a' : 'span');
            if (text.tagName === 'A') {
                text.href = rest.contextPath() + n.link;
                text.addEventListener('click', function (event) {
                    if (n.read || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
                        return;
                    }
                    event.preventDefault();
                    var go = function () { window.location.href = text.href; };
                    rest.call('POST', '/notifications/' + n.id + '/read', {}).then(go, go);
                });
            }
            text.textContent = n.message;
            var when = document.createElement('span');
            when.className = 'mentoring-event-when';
            when.textContent = n.createdAt.substring(0, 16).replace('T', ' ');
            li.appendChild(text);
            li.appendChild(when);
            return li;
        }

        function load(startAt) {
            rest.call('GET', '/notifications?startAt=' + startAt + '&maxResults=' + PAGE).then(function (reply) {
                if (!reply.ok) {
                    rest.showErrors(section, reply);
                    return;
                }
                if (startAt === 0) {
                    list.innerHTML = '';
                    shown = 0;
                    newest = reply.json.values.length ? reply.json.values[0].id : null;
                }
                reply.json.values.forEach(function (n) {
                    list.appendChild(item(n));
                });
                shown += reply.json.values.length;
                more.classList.toggle('mentoring-hidden', reply.json.isLast);
                section.querySelector('#notifications-none').classList.toggle('mentoring-hidden', shown > 0);
                showUnread(reply.json.unread);
            });
        }

        more.addEventListener('click', function () {
            load(shown);
        });
        markRead.addEventListener('click', function () {
            if (newest === null) {
                return;
            }
            rest.call('POST', '/notifications/read', {upToId: newest}).then(function (reply) {
                if (reply.ok) {
                    load(0);
                } else {
                    rest.showErrors(section, reply);
                }
            });
        });
        load(0);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
