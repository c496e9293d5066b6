/*
 * The "Mentoring relationship page" blueprint wizard (Confluence): lists the creator's live and past
 * relationships from the app's REST API, and refuses to go on without one. The server checks the choice
 * again (RelationshipBlueprintContextProvider): this list is a convenience, not the guard.
 */
(function () {
    'use strict';
    if (!window.Confluence || !Confluence.Blueprint || !Confluence.Blueprint.setWizard) {
        return;
    }
    var STATUSES = 'ACTIVE,PAUSED,COMPLETED,ALUMNI';

    Confluence.Blueprint.setWizard('org.mentoring.mentoring:mentoring-relationship-blueprint-item', function (wizard) {
        wizard.on('post-render.relationshipPage', function (e, state) {
            var select = state.$container.find('#mentoring-blueprint-relationship')[0];
            var path = '/relationships?maxResults=100&status=' + STATUSES;
            window.MentoringRest.call('GET', path).then(function (reply) {
                (reply.ok ? reply.json.values : []).forEach(function (r) {
                    var option = document.createElement('option');
                    option.value = r.id;
                    option.textContent = r.mentor.displayName + ' \u2192 ' + r.mentee.displayName;
                    select.appendChild(option);
                });
            });
        });
        wizard.on('submit.relationshipPage', function (e, state) {
            if (!state.pageData.relationshipId) {
                state.$container.find('.error[data-field="relationshipId"]').text(AJS.I18n.getText('mentoring.blueprint.wizard.required'));
                return false;
            }
            return true;
        });
    });
}());
