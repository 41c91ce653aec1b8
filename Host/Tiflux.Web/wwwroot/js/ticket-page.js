// The ticket page's behaviour, served from wwwroot so the Content-Security-Policy can forbid inline scripts
// (docs/decisions/0011-browser-security.md). Every part is an enhancement: without JavaScript the page still works
// (plain textareas, a visible priority-reason field, "Escolher"/"Filtrar" buttons, deletes without confirmation).
(function () {
    'use strict';

    // Rich text: each <textarea data-rich-editor> becomes a Pell editor limited to safe formatting (the module
    // sanitises the HTML anyway); the textarea stays in the form, hidden, and receives the editor's HTML.
    function richEditors() {
        if (typeof pell === 'undefined') {
            return;
        }

        var actions = [
            { name: 'bold', title: 'Negrito' },
            { name: 'italic', title: 'Itálico' },
            { name: 'ulist', title: 'Lista' },
            { name: 'olist', title: 'Lista numerada', icon: '1.' },
            // Text icons: the defaults wrap (quote) or need an emoji font the machine may lack (link).
            { name: 'quote', title: 'Citação', icon: '&#8220;&#8221;' },
            {
                name: 'link',
                title: 'Link',
                icon: 'link',
                result: function () {
                    var url = window.prompt('Endereço do link (https://…)');
                    if (url && /^(https?:\/\/|mailto:)/i.test(url)) {
                        pell.exec('createLink', url);
                    }
                },
            },
        ];
        document.querySelectorAll('textarea[data-rich-editor]').forEach(function (textarea) {
            var holder = document.createElement('div');
            holder.className = 'rich-editor';
            textarea.parentNode.insertBefore(holder, textarea);
            var editor = pell.init({
                element: holder,
                actions: actions,
                defaultParagraphSeparator: 'p',
                onChange: function (html) {
                    textarea.value = html;
                },
            });
            // The textarea holds the module's sanitised HTML (a note being edited) or what this user just typed (a form
            // redisplayed with an error); the CSP forbids inline handlers and scripts, so nothing in it can run.
            editor.content.innerHTML = textarea.value;
            editor.content.setAttribute('role', 'textbox');
            editor.content.setAttribute('aria-multiline', 'true');
            var label = textarea.id ? document.querySelector('label[for="' + textarea.id + '"]') : null;
            if (label) {
                editor.content.setAttribute('aria-label', label.textContent.trim());
                label.addEventListener('click', function () { editor.content.focus(); });
            }
            textarea.hidden = true;
        });
    }

    // Deletes ask first: forms with data-confirm.
    function confirmations() {
        document.querySelectorAll('form[data-confirm]').forEach(function (form) {
            form.addEventListener('submit', function (event) {
                if (!window.confirm(form.getAttribute('data-confirm'))) {
                    event.preventDefault();
                }
            });
        });
    }

    // Selects that apply at once (history area, transfer desk): their submit button is then redundant.
    function autoSubmit() {
        document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
            select.addEventListener('change', function () { select.form.submit(); });
            var button = select.form.querySelector('button[type=submit]');
            if (button) {
                button.hidden = true;
            }
        });
    }

    // The priority-change reason is asked for only once the priority differs from the saved one.
    function priorityReason() {
        var select = document.querySelector('select[data-priority-original]');
        var reason = document.getElementById('priority-reason');
        if (!select || !reason) {
            return;
        }

        var original = select.getAttribute('data-priority-original');
        var hasError = reason.querySelector('.field-error') && reason.querySelector('.field-error').textContent.trim().length > 0;
        var update = function () { reason.hidden = select.value === original && !hasError; };
        select.addEventListener('change', update);
        update();
    }

    richEditors();
    confirmations();
    autoSubmit();
    priorityReason();
})();
