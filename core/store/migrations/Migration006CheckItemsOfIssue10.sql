-- Schema version 6: no change of tables. The version marks the check items of the monitoring
-- sheet that issue 10 added or reworded (CheckAreas.json, "since": 6 and "changed": 6): a file
-- of an earlier version gets them at its upgrade, each change audited in the sign-in's
-- transaction (core/auth/internal/SchemaUpgrade.cpp), as version 3 gave the first items.
SELECT 1;
