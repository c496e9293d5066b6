/*
 * The "Program home" blueprint wizard (Confluence): lists the programs the creator runs (every program for an
 * administrator) from the app's REST API, and refuses to go on without one. The server checks the choice again
 * (ProgramHomeBlueprintContextProvider): this list is a convenience, not the guard.
 */
(function () {
    'use strict';
    if (!window.Confluence || !Confluence.Blueprint || !Confluence.Blueprint.setWizard) {
        return;
    }

    Confluence.Blueprint.setWizard('org.mentoring.mentoring:mentoring-program-home-blueprint-item', function (wizard) {
        wizard.on('post-render.programHomePage', function (e, state) {
            var select = state.$container.find('#mentoring-blueprint-program')[0];
            window.MentoringRest.call('GET', '/programs?maxResults=100').then(function (reply) {
                (reply.ok ? reply.json.values : []).forEach(function (p) {
                    var option = document.createElement('option');
                    option.value = p.id;
                    option.textContent = p.name;
                    select.appendChild(option);
                });
            });
        });
        wizard.on('submit.programHomePage', function (e, state) {
            if (!state.pageData.programId) {
                state.$container.find('.error[data-field="programId"]').text(AJS.I18n.getText('mentoring.programhome.wizard.required'));
                return false;
            }
            return true;
        });
    });
}());
