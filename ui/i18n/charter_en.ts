<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CompareDialog</name>
        <message numerus="yes">
            <source>in %n section(s)</source>
            <translation>
                <numerusform>in %n section</numerusform>
                <numerusform>in %n sections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n difference(s)</source>
            <translation>
                <numerusform>%n difference</numerusform>
                <numerusform>%n differences</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n committed version(s), newest first:</source>
            <translation>
                <numerusform>%n committed version, newest first:</numerusform>
                <numerusform>%n committed versions, newest first:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> and %n more</numerusform>
                <numerusform> and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindPanel</name>
        <message numerus="yes">
            <source> (first %n)</source>
            <translation>
                <numerusform> (first %n)</numerusform>
                <numerusform> (first %n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n hit</numerusform>
                <numerusform>%n hits</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Site</name>
        <message numerus="yes">
            <source>Site configuration: %n problem(s)</source>
            <translation>
                <numerusform>Site configuration: %n problem</numerusform>
                <numerusform>Site configuration: %n problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncMergeDialog</name>
        <message numerus="yes">
            <source>Merged against {base}: edits made on one side only are taken as they are; the copy's own %n change(s) listed below are taken unless you keep this file's value (keep it where the copy only lacks an edit made here).</source>
            <translation>
                <numerusform>Merged against {base}: edits made on one side only are taken as they are; the copy's own change listed below is taken unless you keep this file's value (keep it where the copy only lacks an edit made here).</numerusform>
                <numerusform>Merged against {base}: edits made on one side only are taken as they are; the copy's own %n changes listed below are taken unless you keep this file's value (keep it where the copy only lacks an edit made here).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Merging changes %n field(s) of the open playbook.</source>
            <translation>
                <numerusform>Merging changes %n field of the open playbook.</numerusform>
                <numerusform>Merging changes %n fields of the open playbook.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to decide below.</source>
            <translation>
                <numerusform>%n to decide below.</numerusform>
                <numerusform>%n to decide below.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TailoringTranslations</name>
        <message numerus="yes">
            <source>%n translation(s); </source>
            <translation>
                <numerusform>%n translation; </numerusform>
                <numerusform>%n translations; </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n need(s) review (the source changed, or the field is gone).</source>
            <translation>
                <numerusform>%n needs review (the source changed, or the field is gone).</numerusform>
                <numerusform>%n need review (the source changed, or the field is gone).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TailoringView</name>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodoPanel</name>
        <message numerus="yes">
            <source> (%n places)</source>
            <translation>
                <numerusform> (%n place)</numerusform>
                <numerusform> (%n places)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) left</source>
            <translation>
                <numerusform>%n step left</numerusform>
                <numerusform>%n steps left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n of them before the playbook can be approved</source>
            <translation>
                <numerusform>, %n of them before the playbook can be approved</numerusform>
                <numerusform>, %n of them before the playbook can be approved</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message numerus="yes">
            <source>%n spoke(s) will be created: {regions}.</source>
            <translation>
                <numerusform>%n spoke will be created: {regions}.</numerusform>
                <numerusform>%n spokes will be created: {regions}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Workflows</name>
        <message numerus="yes">
            <source>Created {name} and %n spoke file(s)</source>
            <translation>
                <numerusform>Created {name} and %n spoke file</numerusform>
                <numerusform>Created {name} and %n spoke files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} has %n conflict copy(s) beside it, made by a sync client when the playbook was saved in two places at once:

{copies}

</source>
            <translation>
                <numerusform>{name} has a conflict copy beside it, made by a sync client when the playbook was saved in two places at once:

{copies}

</numerusform>
                <numerusform>{name} has %n conflict copies beside it, made by a sync client when the playbook was saved in two places at once:

{copies}

</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Merge it into this playbook now?</source>
            <translation>
                <numerusform>Merge it into this playbook now?</numerusform>
                <numerusform>Merge the first into this playbook now?</numerusform>
            </translation>
        </message>
    </context>
</TS>