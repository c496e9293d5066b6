/*
 * The keyboard for the app's comboboxes (the person picker of the propose dialog), as the ARIA combobox pattern has it:
 * an input with role="combobox" whose suggestions are the options of the listbox it controls (aria-controls).
 * Down and Up move through the options (aria-activedescendant: focus stays in the input), Enter picks the active
 * option as a click would, Escape closes the list (a second Escape then closes the dialog around it). The page's own
 * script fills the list and handles a pick; this adds the keyboard and keeps aria-expanded and the list's visibility true.
 */
(function () {
    'use strict';

    function enhance(input) {
        var list = document.getElementById(input.getAttribute('aria-controls'));
        if (!list) {
            return;
        }
        var active = -1;

        function options() {
            return Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
        }

        function activate(index) {
            var all = options();
            active = all.length && index >= 0 ? index % all.length : -1;
            all.forEach(function (option, i) {
                option.setAttribute('aria-selected', i === active ? 'true' : 'false');
                option.classList.toggle('mentoring-option-active', i === active);
            });
            if (active >= 0) {
                input.setAttribute('aria-activedescendant', all[active].id);
                all[active].scrollIntoView({block: 'nearest'});
            } else {
                input.removeAttribute('aria-activedescendant');
            }
        }

        // The page's script replaces the options as the person types: give each an id, show the list only when it has some.
        function sync() {
            var all = options();
            all.forEach(function (option, i) {
                option.id = list.id + '-option-' + i;
            });
            list.hidden = all.length === 0;
            input.setAttribute('aria-expanded', all.length ? 'true' : 'false');
            activate(-1);
        }

        new MutationObserver(sync).observe(list, {childList: true});
        sync();

        input.addEventListener('keydown', function (event) {
            var all = options();
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                if (!all.length) {
                    return;
                }
                event.preventDefault();
                var step = event.key === 'ArrowDown' ? 1 : all.length - 1;
                activate(active < 0 ? (event.key === 'ArrowDown' ? 0 : all.length - 1) : (active + step) % all.length);
            } else if (event.key === 'Enter' && active >= 0) {
                event.preventDefault();
                all[active].click();
            } else if (event.key === 'Escape' && all.length) {
                event.preventDefault();
                event.stopPropagation();
                list.innerHTML = '';
            }
        });
        // A click on an option must not take the focus out of the input first.
        list.addEventListener('mousedown', function (event) {
            event.preventDefault();
        });
    }

    function init() {
        document.querySelectorAll('input[role="combobox"][aria-controls]').forEach(enhance);
    }

    // Web resources load in the page's head: wait for the page itself.
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
