package org.mentoring.host.ao.upgrade;

import org.mentoring.host.ao.SchemaUpgradeTask;

/** Model version 2 in Jira and Confluence: the tables of programs where people choose (see SchemaUpgrades.ALL). */
public final class V2UpgradeTask extends SchemaUpgradeTask {
    public V2UpgradeTask() {
        super(2);
    }
}
