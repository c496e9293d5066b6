package org.mentoring.host.ao.upgrade;

import org.mentoring.host.ao.SchemaUpgradeTask;

/** Model version 3 in Jira and Confluence: the profiles' ranking column (see SchemaUpgrades.ALL). */
public final class V3UpgradeTask extends SchemaUpgradeTask {
    public V3UpgradeTask() {
        super(3);
    }
}
