<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Social media governance playbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network access, no telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs: {log_file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Apply and close this dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this dialog without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the files and open the new playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard without writing anything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>The content matches what was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content changed after the last approving sign-off; it needs a new sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approving sign-off has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n added</source>
        <extracomment>how many of each kind, for the summary line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: this spoke cannot be compared: {unresolved_reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Older:&lt;/b&gt; {old_title} v{old_version} ({old_name})&lt;br&gt;&lt;b&gt;Newer:&lt;/b&gt; {new_title} v{new_version} ({new_name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n section(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two playbooks have the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each changed field by section: the change, the older and the newer value; Enter goes to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these differences as a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the comparison could not be saved ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for earlier versions of {name} in git…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no committed version in git yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n committed version(s), newest first:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier versions: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for earlier versions in git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: this version cannot be compared: {unresolved_reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Playbooks (*.playbook.yaml *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save playbook as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <extracomment>For a spoke shown read-only: path -&gt; where its value comes from (&quot;Inherited from the hub&quot;). For a spoke shown read-only: the spoke as read and resolved (the problems panel reports its findings from it, without reading the files again).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate in {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It is still referred to by {places}; change those first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move in {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong that Charter did not expect while {context}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that Charter did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your document is still open; save your work under a new name if in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Severity:&lt;/b&gt; {severity} &amp;nbsp; &lt;b&gt;Area:&lt;/b&gt; {area}&lt;/p&gt;</source>
        <extracomment>Codes that no waiver in the playbook can cover: a spoke could otherwise waive its own lock violations, and a structural problem is not a governance judgement.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This finding does not come from a governance check: it reports that the playbook does not fit the file format (or a check that failed). Fix the field it names.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why it matters.&lt;/b&gt; {rationale}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({status}, last verified {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Regulatory presets applied in this playbook that this check reads.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The same text on the command line: &lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Charter has no explanation for this code; the finding below says what to fix.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This finding&lt;/b&gt;, at {place}:&lt;br&gt;{message}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} cannot be waived: spoke findings and format problems must be fixed (a waiver in the playbook never covers them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding is already waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the finding &lt;b&gt;{code}&lt;/b&gt;{title} with a reason. The waiver is part of the playbook and is shown in the exports (compliance checklist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the finding is accepted (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: the waiver covers this field only; unticked: the check everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the finding is accepted (required; shown in the exports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who accepts the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the finding was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiver needs a reason: say why the finding is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiver would expire before it was accepted; choose a later expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiver cannot be recorded: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Not applied: {text}</source>
        <extracomment>whether the input keeps a refused text while the user is still typing it (text, numbers, dates); a choice or a tick shows the kept value again at once</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text as it will read in the policy (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is {fixed_text} in the file: more than this box can edit (numbers up to {LARGEST:,.0f}, with up to {MOST_DECIMALS} decimals). It is kept as it is; change it in the file itself.</source>
        <extracomment>why a value is shown read-only (the box cannot hold it), under the box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {label} to &apos;not set&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets {label} to not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected entry up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected entry down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>The Names of the last playbook snapshot asked about: a table paints many cells of one snapshot, and snapshots are never changed in place (a new one is a new object). kind -&gt; (the list the choices were made from, the choices). Lists are never changed in place (see playbooks.format.paths), so the same list object means the same choices.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}. {label} is still {shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSession</name>
    <message>
        <source>{path}: this spoke cannot be shown: {unresolved_reason}</source>
        <extracomment>How long a save waits for a command that is writing the same file (a sign-off takes well under a second). sync clients&apos; conflict copies of the file beside it (see :mod:`playbooks.audit.copies`) the unresolved conflicts a merge listed at the top of the file: (line, conflict) whether the file is in a git work tree (its earlier versions can be compared with)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}...</source>
        <extracomment>this run&apos;s part of recovery copy names (two windows on one file keep separate copies) the digest of the file as this session last read or wrote it (&apos;&apos; for none) whether the open file is in a git work tree (found while it was read, never on the GUI thread)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in {value:.0f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Charter and cannot be opened here.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

(and {value} more problems; run &apos;charter validate&apos; for all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a damaged lock file ({damaged}) that Charter cannot remove: {one_line}. Remove it by hand to save changes.

Open it read-only, or edit it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already open in Charter by {describe}.

Open it read-only, or edit it anyway (changes saved by both will overwrite each other)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a starter (you can change everything afterwards):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter &apos;{name}&apos; cannot be loaded: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {starter_title} starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New playbook from the {starter_title} starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This playbook is open read-only; use Save As to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is open in Charter by {describe}; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exc}. Your changes stay open here; Save As keeps them in another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: could not be saved ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {reason}.

Save your version all the same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed outside this window since you opened it (a sign-off or another editor). Replace it with your version? The file as it is now is kept as .bak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your unsaved changes to {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading {name}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not reloaded: you changed the playbook while it was being read. Your version stays open; use File &gt; Revert to Saved to reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reloading {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was removed or renamed outside Charter. Your copy stays open; save it to write it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Reloading discards your unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed outside Charter.{extra}

Reload it from disk, or keep the version shown?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes kept in the recovery area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter was not closed properly. Unsaved changes were kept:

{describe}

Restore them? (Nothing has been written to your file.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery copy cannot be read ({exc}); it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Find in playbook (all text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find in every field of the playbook; results are listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields that contain the text, by section; Enter goes to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (first %n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>{title}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per {noun}; the form below the table shows every field of the selected row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a {noun} to see all its fields, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} ({title})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {value}, not applied: {message}</source>
        <extracomment>The summary columns of each item class; other classes show their first compact fields.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <extracomment>The window&apos;s size at its first start, where the screen has room for it. Room kept around the window for the frame the window manager adds (title bar, borders). Actions that need an open playbook. the open file: opening, saving, reverting, its lock, watcher and recovery copy (hub file, its spokes) as found by the loading worker; see _related_files() the banner&apos;s words about a new playbook&apos;s to-do list (&apos;&apos; : none; see show_todo)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sections of the playbook, and its spokes or hub; Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New from starter...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new playbook from a starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a playbook file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the playbook under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved changes and reload the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, role, theme and autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Charter (asks about unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Keys from Qt::Key_Back on are the media keys of special keyboards (&quot;Save&quot;, &quot;Find&quot;, &quot;Forward&quot;): the standard shortcuts include them, a person reading the list looks for Ctrl+S.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all text of the playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the structural and governance checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous S&amp;ection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus back a pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version, and where the logs are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of Charter&apos;s log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No editor for {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems the checks found, with the readiness scorecard</source>
        <extracomment>what each dock holds, for the tabs of docks that share a place (a screen reader reads them)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps a new playbook leaves to fill in, and what each means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section or the whole policy as it will read when exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change since the playbook was opened; select one to go back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new playbook from {source}. A starter cannot know your people and processes: the &lt;b&gt;To Do&lt;/b&gt; list says what only you can fill in, and what each step means (the errors in Problems are these gaps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}
Double-click or press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a regional spoke of &lt;b&gt;{hub}&lt;/b&gt;. This page shows its effective playbook (what the region inherits from the hub, with the region&apos;s changes) and cannot be edited here. To change what your region does, tailor the spoke: the hub&apos;s values beside yours, what the hub allows, and a rationale for each change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This playbook is open &lt;b&gt;read-only&lt;/b&gt;. Use Save As to keep an editable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tailor This Spoke…</source>
        <extracomment>the banner&apos;s button per action: (text, accessible description)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tailoring view of this spoke: change what the hub allows, with a rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the To &amp;Do List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps this new playbook leaves to you, and what each means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}[*] (read-only) — Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}[*] — Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{errors}, {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness {score}/100 (weakest area) · {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent playbooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Charter next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes are copied to the recovery area this long after the last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dana Whitfield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chief Compliance Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the editor; the system&apos;s unless you choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name, proposed when you sign off or record a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role, proposed when you sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cent files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many recent playbooks the File menu and the welcome page list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>&lt;span style=&quot;color:#888&quot;&gt;not set&lt;/span&gt;</source>
        <extracomment>A preview shows at most this many items per list, and this much HTML: a rich-text view laying out 10,000 rules would freeze the window, and nobody reads them in a side panel.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;i&gt;... and {more} more&lt;/i&gt;&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;... and {value} more (the export shows them all).&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;p&gt;&lt;i&gt;The preview stops here; the playbook is long. Export it to read the whole policy.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the section on screen, or the whole policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section or the policy as it will read in the exported document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#888&apos;&gt;No playbook open.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The preview could not be rendered: {error}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Structure</source>
        <extracomment>per finding: its place in words (:func:`places`) and its area, worked out in the worker so that showing 1,000 findings costs the GUI thread no model walks (empty: not worked out)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>How a severity reads in the panel.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity} (waived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole playbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No playbook open</source>
        <extracomment>the longest pause in typing before the checks run again. After each run the pause becomes half that run&apos;s time, up to this: a small playbook is checked at once (its check costs less than a keystroke), a big one waits for a pause in typing. Edits made while a check runs wait for it and are checked together (one check at a time), so even a short pause never queues a check per keystroke. (scores at the last sign-off, or None; what &quot;since&quot; means, &apos;&apos; for no trend): see set_trend</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the problems of one severity only, or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the problems of one scorecard area only, or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems found; Enter goes to the field of the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the field of the selected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the check exists, its sources and the presets behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since {since}: not known (the approved version was never open in Charter here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores per area, 0-100: strong from 85, fair from 60, weak below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a problem to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership and distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence and remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why and how we measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences and reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the playbook current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <extracomment>The extra page for the playbook&apos;s top-level waiver list (not a section of the document).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next or previous field or control (tables and lists included: Tab leaves them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a button or open a menu by its access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the problems list: go to the field of the selected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a table: edit the selected cell (Enter applies it, Escape cancels it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or untick the selected option of a check list, or press the focused button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z in a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo through the playbook&apos;s history (not only the field&apos;s typing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F6 and Shift+F6 move between the panes; every menu item also has an access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row: the keys, and what they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to give an expiry date; unticked, it does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date it expires (when Expires is ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off &lt;b&gt;{title}&lt;/b&gt;, version {version}. The sign-off records the content fingerprint: any later change shows as &lt;i&gt;Changed since approval&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions, requested changes or remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep (no version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the person signing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approver&apos;s role, e.g. Chief Compliance Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, approved with changes, or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the version, or raise it for what is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the status, or move the playbook on (e.g. Approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the sign-off with the fingerprint of the current content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This playbook is open read-only; a sign-off cannot be recorded in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off refused: {refusal}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off ({decision})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry to the change log of version {version}. Charter proposes what changed since the last recorded version; say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the change (a regulation, an incident, a review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material change (needs re-approval and re-attestation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change, in a sentence or two (proposed from your edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the change was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A material change needs a new sign-off and a new attestation by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This playbook is open read-only; the change log cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the playbook&apos;s version in Document control first: an entry records the version it produced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry cannot be recorded: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>Set by your organisation: {locked_message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter uses the defaults instead (&apos;charter config&apos; shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Site configuration: %n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Site configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncMergeDialog</name>
    <message>
        <source>Keep this file&apos;s</source>
        <extracomment>The two choices of a conflict, in the order of the combo box.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the copy&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a conflict copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is a conflict copy of this playbook made by {service} ({detail}): someone saved the playbook elsewhere while it was being changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be merged: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} (as opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook was changed while this dialog was open, so the copy was merged again: check the choices below, then press Merge. </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged against {base}: edits made on one side only are taken as they are; the copy&apos;s own %n change(s) listed below are taken unless you keep this file&apos;s value (keep it where the copy only lacks an edit made here).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merged against {base}: edits made on one side only are taken as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier version common to both is known (no backup or commit both started from): choose, for each difference, which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merging changes %n field(s) of the open playbook.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to decide below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions together break the playbook: this file&apos;s version is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spoke keeps this file&apos;s value here; the conflict is listed at the top of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy cannot be merged: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merging a conflict copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged spoke could not be saved: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the merged playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is merged into the open playbook. Save it now? {name} is moved aside only once the merge is saved; until then it stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the conflict copy aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name} into the &apos;{CONFLICTS_FOLDER}&apos; folder beside the playbook? It is kept there, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{copy}: could not be moved ({value})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <source>Needed before the playbook can be approved.</source>
        <extracomment>what a step&apos;s severity means for the playbook, in words (its icon says it to the eye)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed before the playbook can be approved</source>
        <extracomment>the same, as a short note after a step&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worth doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps left to complete this playbook; under each, the places it concerns. Enter goes to a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the step means</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n places)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No playbook open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to do: the checks find no gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them before the playbook can be approved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>. Select a step to see what it means; Enter on a place goes to its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: {place}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media governance playbooks: write, check, sign off and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starter a new playbook begins from; Enter creates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create from Starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new playbook from the selected starter, in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Playbook &amp;Wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hub and its regional spokes, step by step: starter, model, regions, people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a Playbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a playbook file to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub and spoke: the wizard writes the corporate hub and one spoke file per region, which regional managers then tailor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent playbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbooks opened before, newest first; Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open. You can also drop a playbook file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent playbooks yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflows</name>
    <message>
        <source>Folder</source>
        <extracomment>the content the next change-log entry is proposed against (last recorded version) the scorecards of approved content read so far, by content fingerprint injectable for tests: opens an exported file or folder, chooses a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Playbook &amp;Wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a hub and its regional spokes step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Spo&amp;ke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a regional spoke that tailors your organisation&apos;s hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an approval of the current content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry to the change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what differs from another version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a policy document (Word, PDF, HTML, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tailoring View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tailor this regional spoke against its hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-off of {when} ({approver})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created, with problems to fix:
{summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {starter_title} starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created {name} and %n spoke file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region, business unit or brand of the new spoke of {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &apos;{region}&apos; spoke of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off recorded (save to keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier version (git)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this region&apos;s effective playbook with its hub, or with another file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with another file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or with an earlier version of this file in git?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Merge them one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n conflict copy(s) beside it, made by a sync client when the playbook was saved in two places at once:

{copies}

</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge it into this playbook now?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict copy found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This playbook is open read-only; the copy cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  … and {value} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved merge conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was merged with conflicts. This file&apos;s (OURS&apos;s) value stands at each; check it, change what should differ, then save (saving removes the list from the top of the file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
