<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Social media governance playbooks.</source>
        <translation>Playbooks für die Social-Media-Governance.</translation>
    </message>
    <message>
        <source>No network access, no telemetry.</source>
        <translation>Kein Netzwerkzugriff, keine Telemetrie.</translation>
    </message>
    <message>
        <source>Logs: {log_file}</source>
        <translation>Protokolle: {log_file}</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Apply and close this dialog</source>
        <translation>Übernehmen und diesen Dialog schließen</translation>
    </message>
    <message>
        <source>Close this dialog without changing anything</source>
        <translation>Diesen Dialog schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>Zurück zum vorherigen Schritt</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Weiter zum nächsten Schritt</translation>
    </message>
    <message>
        <source>Write the files and open the new playbook</source>
        <translation>Die Dateien schreiben und das neue Playbook öffnen</translation>
    </message>
    <message>
        <source>Close the wizard without writing anything</source>
        <translation>Den Assistenten schließen, ohne etwas zu schreiben</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>The content matches what was approved.</source>
        <extracomment>After an edit, the approval state is worked out in a worker once working it out took longer than this (seconds, the longest the GUI thread may be busy): it fingerprints the whole content, ~1 ms for the example hub but 0.3-1 s for 20,000 rules, which blocked the GUI thread on every keystroke in a large signed-off playbook (issue 22). the snapshot ``_state`` is of (None: no document, or not worked out yet) how long working out the state took the last time (seconds)</extracomment>
        <translation>Der Inhalt entspricht dem freigegebenen Stand.</translation>
    </message>
    <message>
        <source>The content changed after the last approving sign-off; it needs a new sign-off.</source>
        <translation>Der Inhalt wurde nach der letzten Freigabe geändert; er braucht eine neue Freigabe.</translation>
    </message>
    <message>
        <source>No approving sign-off has been recorded.</source>
        <translation>Es ist noch keine Freigabe erfasst.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>%n added</source>
        <extracomment>how many of each kind, for the summary line</extracomment>
        <translation>%n hinzugefügt ||| %n hinzugefügt</translation>
    </message>
    <message>
        <source>%n removed</source>
        <translation>%n entfernt ||| %n entfernt</translation>
    </message>
    <message>
        <source>%n changed</source>
        <translation>%n geändert ||| %n geändert</translation>
    </message>
    <message>
        <source>{path}: this spoke cannot be compared: {unresolved_reason}</source>
        <translation>{path}: Dieser Spoke kann nicht verglichen werden: {unresolved_reason}</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Older:&lt;/b&gt; {old_title} v{old_version} ({old_name})&lt;br&gt;&lt;b&gt;Newer:&lt;/b&gt; {new_title} v{new_version} ({new_name})</source>
        <translation>&lt;b&gt;Älter:&lt;/b&gt; {old_title} v{old_version} ({old_name})&lt;br&gt;&lt;b&gt;Neuer:&lt;/b&gt; {new_title} v{new_version} ({new_name})</translation>
    </message>
    <message numerus="yes">
        <source>in %n section(s)</source>
        <translation>
            <numerusform>in %n Abschnitt</numerusform>
            <numerusform>in %n Abschnitten</numerusform>
        </translation>
    </message>
    <message>
        <source>The two playbooks have the same content.</source>
        <translation>Die beiden Playbooks haben denselben Inhalt.</translation>
    </message>
    <message>
        <source>Each changed field by section: the change, the older and the newer value; Enter goes to the field</source>
        <translation>Jedes geänderte Feld nach Abschnitt: die Änderung, der ältere und der neuere Wert; Eingabe springt zum Feld</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Section / field</source>
        <translation>Abschnitt / Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Older value</source>
        <translation>Älterer Wert</translation>
    </message>
    <message>
        <source>Newer value</source>
        <translation>Neuerer Wert</translation>
    </message>
    <message>
        <source>Export as HTML…</source>
        <translation>Als HTML exportieren…</translation>
    </message>
    <message>
        <source>Save these differences as a web page</source>
        <translation>Diese Unterschiede als Webseite speichern</translation>
    </message>
    <message>
        <source>{path}: the comparison could not be saved ({exc})</source>
        <translation>{path}: Der Vergleich konnte nicht gespeichert werden ({exc})</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with an earlier version</source>
        <translation>Mit einer früheren Version vergleichen</translation>
    </message>
    <message>
        <source>Looking for earlier versions of {name} in git…</source>
        <translation>Frühere Versionen von {name} werden in Git gesucht…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>{name} has no committed version in git yet.</source>
        <translation>Von {name} ist noch keine Version in Git eingecheckt.</translation>
    </message>
    <message numerus="yes">
        <source>%n committed version(s), newest first:</source>
        <translation>
            <numerusform>%n eingecheckte Version, die neueste zuerst:</numerusform>
            <numerusform>%n eingecheckte Versionen, die neueste zuerst:</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier versions: {error}.</source>
        <translation>Keine früheren Versionen: {error}.</translation>
    </message>
    <message>
        <source>looking for earlier versions in git</source>
        <translation>Suche nach früheren Versionen in Git</translation>
    </message>
    <message>
        <source>{file}: this version cannot be compared: {unresolved_reason}</source>
        <translation>{file}: Diese Version kann nicht verglichen werden: {unresolved_reason}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Playbooks (*.playbook.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Playbooks (*.playbook.yaml *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open playbook</source>
        <translation>Playbook öffnen</translation>
    </message>
    <message>
        <source>Save playbook as</source>
        <translation>Playbook speichern unter</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <extracomment>For a spoke shown read-only: path -&gt; where its value comes from (&quot;Inherited from the hub&quot;). For a spoke shown read-only: the spoke as read and resolved (the problems panel reports its findings from it, without reading the files again).</extracomment>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Untitled (not saved yet)</source>
        <translation>Unbenannt (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Add to {label}</source>
        <translation>Hinzufügen zu {label}</translation>
    </message>
    <message>
        <source>Duplicate in {label}</source>
        <translation>Duplizieren in {label}</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>It is still referred to by {places}; change those first</source>
        <translation>Darauf wird noch verwiesen von {places}; ändern Sie diese zuerst</translation>
    </message>
    <message>
        <source>Delete from {label}</source>
        <translation>Löschen aus {label}</translation>
    </message>
    <message>
        <source>Move in {label}</source>
        <translation>Verschieben in {label}</translation>
    </message>
    <message>
        <source>The playbook is open read-only</source>
        <translation>Das Playbook ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Change {label}</source>
        <translation>{label} ändern</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong that Charter did not expect while {context}.</source>
        <translation>Beim folgenden Vorgang ist ein unerwarteter Fehler aufgetreten: {context}.</translation>
    </message>
    <message>
        <source>Something went wrong that Charter did not expect.</source>
        <translation>Es ist ein Fehler aufgetreten, den Charter nicht erwartet hat.</translation>
    </message>
    <message>
        <source>Your document is still open; save your work under a new name if in doubt.</source>
        <translation>Ihr Dokument ist weiterhin geöffnet; speichern Sie Ihre Arbeit im Zweifel unter einem neuen Namen.</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>Die Einzelheiten wurden in {file} geschrieben.</translation>
    </message>
    <message>
        <source>Charter: unexpected error</source>
        <translation>Charter: unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Severity:&lt;/b&gt; {severity} &amp;nbsp; &lt;b&gt;Area:&lt;/b&gt; {area}&lt;/p&gt;</source>
        <extracomment>Codes that no waiver in the playbook can cover: a spoke could otherwise waive its own lock violations, and a structural problem is not a governance judgement.</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Schweregrad:&lt;/b&gt; {severity} &amp;nbsp; &lt;b&gt;Bereich:&lt;/b&gt; {area}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This finding does not come from a governance check: it reports that the playbook does not fit the file format (or a check that failed). Fix the field it names.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieser Befund stammt nicht aus einer Governance-Prüfung: Er meldet, dass das Playbook nicht dem Dateiformat entspricht (oder dass eine Prüfung fehlgeschlagen ist). Korrigieren Sie das genannte Feld.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why it matters.&lt;/b&gt; {rationale}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warum das wichtig ist.&lt;/b&gt; {rationale}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Quellen.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>({status}, last verified {date})</source>
        <translation>({status}, zuletzt geprüft am {date})</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Regulatory presets applied in this playbook that this check reads.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;In diesem Playbook angewandte regulatorische Vorgaben, die diese Prüfung liest.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same text on the command line: &lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Derselbe Text auf der Kommandozeile: &lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Charter has no explanation for this code; the finding below says what to fix.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Charter hat zu diesem Code keine Erläuterung; der Befund unten sagt, was zu beheben ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Whole playbook</source>
        <translation>Gesamtes Playbook</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This finding&lt;/b&gt;, at {place}:&lt;br&gt;{message}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dieser Befund&lt;/b&gt;, bei {place}:&lt;br&gt;{message}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>Ausnahme erteilt: {reason}</translation>
    </message>
    <message>
        <source>Explain {code}</source>
        <translation>{code} erläutern</translation>
    </message>
    <message>
        <source>Explanation of {code}</source>
        <translation>Erläuterung zu {code}</translation>
    </message>
    <message>
        <source>{code} cannot be waived: spoke findings and format problems must be fixed (a waiver in the playbook never covers them).</source>
        <translation>Für {code} ist keine Ausnahme möglich: Befunde zu Spokes und Formatprobleme müssen behoben werden (eine Ausnahme im Playbook deckt sie nie ab).</translation>
    </message>
    <message>
        <source>This finding is already waived.</source>
        <translation>Für diesen Befund besteht bereits eine Ausnahme.</translation>
    </message>
    <message>
        <source>Waive {code}</source>
        <translation>Ausnahme für {code}</translation>
    </message>
    <message>
        <source>Accept the finding &lt;b&gt;{code}&lt;/b&gt;{title} with a reason. The waiver is part of the playbook and is shown in the exports (compliance checklist).</source>
        <translation>Den Befund &lt;b&gt;{code}&lt;/b&gt;{title} mit Begründung akzeptieren. Die Ausnahme ist Teil des Playbooks und wird in den Exporten ausgewiesen (Compliance-Checkliste).</translation>
    </message>
    <message>
        <source>Only at {path}</source>
        <translation>Nur bei {path}</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Why the finding is accepted (required)</source>
        <translation>Warum der Befund akzeptiert wird (Pflichtangabe)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Ticked: the waiver covers this field only; unticked: the check everywhere</source>
        <translation>Angehakt: Die Ausnahme gilt nur für dieses Feld; nicht angehakt: für die Prüfung überall</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why the finding is accepted (required; shown in the exports)</source>
        <translation>Warum der Befund akzeptiert wird (Pflichtangabe; erscheint in den Exporten)</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Who accepts the finding</source>
        <translation>Wer den Befund akzeptiert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>When the finding was accepted</source>
        <translation>Wann der Befund akzeptiert wurde</translation>
    </message>
    <message>
        <source>A waiver needs a reason: say why the finding is accepted.</source>
        <translation>Eine Ausnahme braucht eine Begründung: Geben Sie an, warum der Befund akzeptiert wird.</translation>
    </message>
    <message>
        <source>The waiver would expire before it was accepted; choose a later expiry date.</source>
        <translation>Die Ausnahme würde ablaufen, bevor sie erteilt wurde; wählen Sie ein späteres Ablaufdatum.</translation>
    </message>
    <message>
        <source>The waiver cannot be recorded: {value}</source>
        <translation>Die Ausnahme kann nicht erfasst werden: {value}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Webseite (.html)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Das Dokument öffnen</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Seinen Ordner öffnen</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <source>Reading the playbook</source>
        <extracomment>Formats laid out on pages of the chosen paper size. the user agreed to replace the file at ``output`` (the dialog asked) files the export must never replace (the playbook&apos;s own file)</extracomment>
        <translation>Das Playbook wird gelesen</translation>
    </message>
    <message>
        <source>Writing the document</source>
        <translation>Das Dokument wird geschrieben</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Custom template folder</source>
        <translation>Ordner mit eigenen Vorlagen</translation>
    </message>
    <message>
        <source>Export &lt;b&gt;{title}&lt;/b&gt; (version {version})</source>
        <extracomment>the choices remembered for this playbook (its file; a spoke&apos;s own file), or for any</extracomment>
        <translation>&lt;b&gt;{title}&lt;/b&gt; (Version {version}) exportieren</translation>
    </message>
    <message>
        <source>Effective playbook (the hub with this region&apos;s changes)</source>
        <translation>Wirksames Playbook (der Hub mit den Änderungen dieser Region)</translation>
    </message>
    <message>
        <source>Export the whole playbook as it applies in this region</source>
        <translation>Das ganze Playbook exportieren, wie es in dieser Region gilt</translation>
    </message>
    <message>
        <source>Regional addendum (only this region&apos;s changes, with rationale)</source>
        <translation>Regionaler Nachtrag (nur die Änderungen dieser Region, mit Begründung)</translation>
    </message>
    <message>
        <source>Export only how this region differs from the hub, with the reasons</source>
        <translation>Nur exportieren, worin diese Region vom Hub abweicht, mit den Gründen</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Spoke</translation>
    </message>
    <message>
        <source>Which document to write from the playbook</source>
        <translation>Welches Dokument aus dem Playbook geschrieben wird</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>The file format: only those this document can be written in</source>
        <translation>Das Dateiformat: nur die, in denen dieses Dokument geschrieben werden kann</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Built-in templates</source>
        <translation>Mitgelieferte Vorlagen</translation>
    </message>
    <message>
        <source>A folder of your own document templates; empty: the built-in templates</source>
        <translation>Ein Ordner mit eigenen Dokumentvorlagen; leer: die mitgelieferten Vorlagen</translation>
    </message>
    <message>
        <source>Custom templates</source>
        <translation>Eigene Vorlagen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose a folder of custom templates</source>
        <translation>Einen Ordner mit eigenen Vorlagen auswählen</translation>
    </message>
    <message>
        <source>Choose a template folder</source>
        <translation>Vorlagenordner auswählen</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Use Charter&apos;s built-in templates</source>
        <translation>Die mitgelieferten Vorlagen von Charter verwenden</translation>
    </message>
    <message>
        <source>Use the built-in templates</source>
        <translation>Mitgelieferte Vorlagen verwenden</translation>
    </message>
    <message>
        <source>The page size of a PDF or Word document (your organisation may set it)</source>
        <translation>Das Papierformat eines PDF- oder Word-Dokuments (Ihre Organisation kann es festlegen)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>The file the document is written to</source>
        <translation>Die Datei, in die das Dokument geschrieben wird</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Choose the file the document is written to</source>
        <translation>Die Datei auswählen, in die das Dokument geschrieben wird</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Speicherort auswählen</translation>
    </message>
    <message>
        <source>What to open once the document is written</source>
        <translation>Was geöffnet wird, sobald das Dokument geschrieben ist</translation>
    </message>
    <message>
        <source>When done</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>How far the export has got</source>
        <translation>Wie weit der Export ist</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Write the document in the background; this dialog shows its progress</source>
        <translation>Das Dokument im Hintergrund schreiben; dieser Dialog zeigt den Fortschritt</translation>
    </message>
    <message>
        <source>Close this dialog (an export still running is cancelled)</source>
        <translation>Diesen Dialog schließen (ein laufender Export wird abgebrochen)</translation>
    </message>
    <message>
        <source>Choose where to save the document.</source>
        <translation>Wählen Sie, wo das Dokument gespeichert wird.</translation>
    </message>
    <message>
        <source>The document cannot be saved there: {exc}</source>
        <translation>Das Dokument kann dort nicht gespeichert werden: {exc}</translation>
    </message>
    <message>
        <source>The template folder {value} does not exist.</source>
        <translation>Der Vorlagenordner {value} existiert nicht.</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Exporting {document} as {format}…</source>
        <translation>{document} wird als {format} exportiert…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Der Export ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>The export failed unexpectedly.</source>
        <translation>Der Export ist unerwartet fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Not applied: {text}</source>
        <extracomment>whether the input keeps a refused text while the user is still typing it (text, numbers, dates); a choice or a tick shows the kept value again at once</extracomment>
        <translation>Nicht übernommen: {text}</translation>
    </message>
    <message>
        <source>{text} ({label})</source>
        <translation>{text} ({label})</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show the text as it will read in the policy (Markdown)</source>
        <translation>Den Text so zeigen, wie er in der Richtlinie erscheint (Markdown)</translation>
    </message>
    <message>
        <source>Preview {label}</source>
        <translation>Vorschau: {label}</translation>
    </message>
    <message>
        <source>{label} is {fixed_text} in the file: more than this box can edit (numbers up to {LARGEST:,.0f}, with up to {MOST_DECIMALS} decimals). It is kept as it is; change it in the file itself.</source>
        <extracomment>why a value is shown read-only (the box cannot hold it), under the box</extracomment>
        <translation>{label} ist in der Datei {fixed_text}: mehr, als dieses Feld bearbeiten kann (Zahlen bis {LARGEST:,.0f} mit bis zu {MOST_DECIMALS} Nachkommastellen). Der Wert bleibt unverändert; ändern Sie ihn direkt in der Datei.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Set {label} to &apos;not set&apos;</source>
        <translation>{label} auf „nicht gesetzt“ setzen</translation>
    </message>
    <message>
        <source>Clear {label}</source>
        <translation>{label} leeren</translation>
    </message>
    <message>
        <source>Sets {label} to not set</source>
        <translation>Setzt {label} auf nicht gesetzt</translation>
    </message>
    <message>
        <source>Ticked: {names}</source>
        <translation>Angehakt: {names}</translation>
    </message>
    <message>
        <source>None ticked</source>
        <translation>Nichts angehakt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Einen Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Den ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected entry up</source>
        <translation>Den ausgewählten Eintrag nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected entry down</source>
        <translation>Den ausgewählten Eintrag nach unten verschieben</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Add a row at the end</source>
        <translation>Eine Zeile am Ende hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Die ausgewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>The Names of the last playbook snapshot asked about: a table paints many cells of one snapshot, and snapshots are never changed in place (a new one is a new object). kind -&gt; (the list the choices were made from, the choices). Lists are never changed in place (see playbooks.format.paths), so the same list object means the same choices.</extracomment>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>{reason}. {label} is still {shown}.</source>
        <translation>{reason}. {label} bleibt {shown}.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a number</source>
        <translation>„{typed}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Geben Sie eine Zahl ein</translation>
    </message>
</context>
<context>
    <name>FileSession</name>
    <message>
        <source>{path}: this spoke cannot be shown: {unresolved_reason}</source>
        <extracomment>How long a save waits for a command that is writing the same file (a sign-off takes well under a second). sync clients&apos; conflict copies of the file beside it (see :mod:`playbooks.audit.copies`) the unresolved conflicts a merge listed at the top of the file: (line, conflict) whether the file is in a git work tree (its earlier versions can be compared with)</extracomment>
        <translation>{path}: Dieser Spoke kann nicht angezeigt werden: {unresolved_reason}</translation>
    </message>
    <message>
        <source>Opening {name}...</source>
        <extracomment>this run&apos;s part of recovery copy names (two windows on one file keep separate copies) the digest of the file as this session last read or wrote it (&apos;&apos; for none) whether the open file is in a git work tree (found while it was read, never on the GUI thread)</extracomment>
        <translation>{name} wird geöffnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>Opened in {value:.0f} ms</source>
        <translation>Geöffnet in {value:.0f} ms</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Charter and cannot be opened here.

{error}</source>
        <translation>{name} wurde mit einer neueren Version von Charter geschrieben und kann hier nicht geöffnet werden.

{error}</translation>
    </message>
    <message>
        <source>

(and {value} more problems; run &apos;charter validate&apos; for all)</source>
        <translation>

(und {value} weitere Probleme; „charter validate“ zeigt alle)</translation>
    </message>
    <message>
        <source>opening {path}</source>
        <translation>Öffnen von {path}</translation>
    </message>
    <message>
        <source>{name} has a damaged lock file ({damaged}) that Charter cannot remove: {one_line}. Remove it by hand to save changes.

Open it read-only, or edit it anyway?</source>
        <translation>{name} hat eine beschädigte Sperrdatei ({damaged}), die Charter nicht entfernen kann: {one_line}. Entfernen Sie sie von Hand, um Änderungen zu speichern.

Schreibgeschützt öffnen oder trotzdem bearbeiten?</translation>
    </message>
    <message>
        <source>{name} is already open in Charter by {describe}.

Open it read-only, or edit it anyway (changes saved by both will overwrite each other)?</source>
        <translation>{name} ist bereits in Charter geöffnet von {describe}.

Schreibgeschützt öffnen oder trotzdem bearbeiten (dann überschreiben sich die Änderungen beider gegenseitig)?</translation>
    </message>
    <message>
        <source>Playbook in use</source>
        <translation>Playbook in Verwendung</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Edit anyway</source>
        <translation>Trotzdem bearbeiten</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Neues Playbook</translation>
    </message>
    <message>
        <source>Start from a starter (you can change everything afterwards):</source>
        <translation>Aus einer Vorlage beginnen (Sie können danach alles ändern):</translation>
    </message>
    <message>
        <source>The starter &apos;{name}&apos; cannot be loaded: {exc}</source>
        <translation>Die Vorlage „{name}“ kann nicht geladen werden: {exc}</translation>
    </message>
    <message>
        <source>the {starter_title} starter</source>
        <translation>der Vorlage „{starter_title}“</translation>
    </message>
    <message>
        <source>New playbook from the {starter_title} starter</source>
        <translation>Neues Playbook aus der Vorlage „{starter_title}“</translation>
    </message>
    <message>
        <source>This playbook is open read-only; use Save As to keep a copy.</source>
        <translation>Dieses Playbook ist schreibgeschützt geöffnet; mit „Speichern unter“ behalten Sie eine Kopie.</translation>
    </message>
    <message>
        <source>{name} is open in Charter by {describe}; choose another name.</source>
        <translation>{name} ist in Charter geöffnet von {describe}; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{exc}. Your changes stay open here; Save As keeps them in another file.</source>
        <translation>{exc}. Ihre Änderungen bleiben hier geöffnet; mit „Speichern unter“ sichern Sie sie in einer anderen Datei.</translation>
    </message>
    <message>
        <source>{path}: could not be saved ({value})</source>
        <translation>{path}: konnte nicht gespeichert werden ({value})</translation>
    </message>
    <message>
        <source>Saved {display_name}</source>
        <translation>{display_name} gespeichert</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Trotzdem speichern?</translation>
    </message>
    <message>
        <source>{name} {reason}.

Save your version all the same?</source>
        <translation>{name} {reason}.

Ihre Fassung trotzdem speichern?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>{name} was changed outside this window since you opened it (a sign-off or another editor). Replace it with your version? The file as it is now is kept as .bak.</source>
        <translation>{name} wurde außerhalb dieses Fensters geändert, seit Sie es geöffnet haben (durch eine Freigabe oder einen anderen Editor). Durch Ihre Fassung ersetzen? Der aktuelle Stand der Datei wird als .bak aufbewahrt.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to {display_name}?</source>
        <translation>Ihre nicht gespeicherten Änderungen an {display_name} verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Reloading {name}...</source>
        <translation>{name} wird neu geladen…</translation>
    </message>
    <message>
        <source>{name} was not reloaded: you changed the playbook while it was being read. Your version stays open; use File &gt; Revert to Saved to reload it.</source>
        <translation>{name} wurde nicht neu geladen: Sie haben das Playbook geändert, während es gelesen wurde. Ihre Fassung bleibt geöffnet; mit „Datei &gt; Auf gespeicherte Version zurücksetzen“ laden Sie es neu.</translation>
    </message>
    <message>
        <source>Reloaded {name}</source>
        <translation>{name} neu geladen</translation>
    </message>
    <message>
        <source>reloading {path}</source>
        <translation>Neuladen von {path}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {display_name}?</source>
        <translation>Änderungen an {display_name} speichern?</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Datei entfernt</translation>
    </message>
    <message>
        <source>{name} was removed or renamed outside Charter. Your copy stays open; save it to write it back.</source>
        <translation>{name} wurde außerhalb von Charter entfernt oder umbenannt. Ihre Kopie bleibt geöffnet; speichern Sie sie, um die Datei wieder anzulegen.</translation>
    </message>
    <message>
        <source> Reloading discards your unsaved changes.</source>
        <translation> Beim Neuladen gehen Ihre nicht gespeicherten Änderungen verloren.</translation>
    </message>
    <message>
        <source>{name} was changed outside Charter.{extra}

Reload it from disk, or keep the version shown?</source>
        <translation>{name} wurde außerhalb von Charter geändert.{extra}

Vom Datenträger neu laden oder die angezeigte Fassung behalten?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Unsaved changes kept in the recovery area</source>
        <translation>Nicht gespeicherte Änderungen im Wiederherstellungsbereich gesichert</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Charter was not closed properly. Unsaved changes were kept:

{describe}

Restore them? (Nothing has been written to your file.)</source>
        <translation>Charter wurde nicht ordnungsgemäß beendet. Nicht gespeicherte Änderungen wurden gesichert:

{describe}

Wiederherstellen? (In Ihre Datei wurde nichts geschrieben.)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read ({exc}); it was kept.</source>
        <translation>Die Wiederherstellungskopie kann nicht gelesen werden ({exc}); sie wurde aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Find in playbook (all text)</source>
        <translation>Im Playbook suchen (gesamter Text)</translation>
    </message>
    <message>
        <source>Find in playbook</source>
        <translation>Im Playbook suchen</translation>
    </message>
    <message>
        <source>Text to find in every field of the playbook; results are listed below</source>
        <translation>Text, der in allen Feldern des Playbooks gesucht wird; die Treffer stehen darunter</translation>
    </message>
    <message>
        <source>Find results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>The fields that contain the text, by section; Enter goes to one</source>
        <translation>Die Felder, die den Text enthalten, nach Abschnitt; Eingabe springt zu einem</translation>
    </message>
    <message>
        <source>Search failed: {exc}</source>
        <translation>Suche fehlgeschlagen: {exc}</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>Akzeptierte Befunde</translation>
    </message>
    <message numerus="yes">
        <source> (first %n)</source>
        <translation>
            <numerusform> (die ersten %n)</numerusform>
            <numerusform> (die ersten %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>{title}:</source>
        <translation>{title}:</translation>
    </message>
    <message>
        <source>One row per {noun}; the form below the table shows every field of the selected row.</source>
        <translation>Eine Zeile je {noun}; das Formular unter der Tabelle zeigt alle Felder der ausgewählten Zeile.</translation>
    </message>
    <message>
        <source>Select a {noun} to see all its fields, or add one.</source>
        <translation>Wählen Sie eine Zeile ({noun}), um alle Felder zu sehen, oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a {noun}</source>
        <translation>Hinzufügen: {noun}</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected row</source>
        <translation>Die ausgewählte Zeile duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>Die ausgewählte Zeile löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>Die ausgewählte Zeile nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>Die ausgewählte Zeile nach unten verschieben</translation>
    </message>
    <message>
        <source>{text} ({title})</source>
        <translation>{text} ({title})</translation>
    </message>
    <message>
        <source>Cannot delete: {reason}</source>
        <translation>Löschen nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Selected {noun}</source>
        <translation>Ausgewählt: {noun}</translation>
    </message>
    <message>
        <source>Row {value}, not applied: {message}</source>
        <extracomment>The summary columns of each item class; other classes show their first compact fields.</extracomment>
        <translation>Zeile {value}, nicht übernommen: {message}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <extracomment>The window&apos;s size at its first start, where the screen has room for it. Room kept around the window for the frame the window manager adds (title bar, borders). Actions that need an open playbook. the open file: opening, saving, reverting, its lock, watcher and recovery copy (hub file, its spokes) as found by a worker; see _related_files() the banner&apos;s words about a new playbook&apos;s to-do list (&apos;&apos; : none; see show_todo)</extracomment>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>The sections of the playbook, and its spokes or hub; Enter opens one</source>
        <translation>Die Abschnitte des Playbooks und seine Spokes oder sein Hub; Eingabe öffnet einen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>To Do</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>&amp;New from starter...</source>
        <translation>&amp;Neu aus Vorlage…</translation>
    </message>
    <message>
        <source>Start a new playbook from a starter</source>
        <translation>Ein neues Playbook aus einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a playbook file</source>
        <translation>Eine Playbook-Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the playbook</source>
        <translation>Das Playbook speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the playbook under a new name</source>
        <translation>Das Playbook unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>Auf gespeicherte &amp;Version zurücksetzen</translation>
    </message>
    <message>
        <source>Discard unsaved changes and reload the file</source>
        <translation>Nicht gespeicherte Änderungen verwerfen und die Datei neu laden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the playbook</source>
        <translation>Das Playbook schließen</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Your name, role, theme and autosave</source>
        <translation>Ihr Name, Ihre Funktion, Farbschema und automatische Sicherung</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Charter (asks about unsaved changes)</source>
        <translation>Charter beenden (fragt nach nicht gespeicherten Änderungen)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Keys from Qt::Key_Back on are the media keys of special keyboards (&quot;Save&quot;, &quot;Find&quot;, &quot;Forward&quot;): the standard shortcuts include them, a person reading the list looks for Ctrl+S.</extracomment>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search all text of the playbook</source>
        <translation>Den gesamten Text des Playbooks durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Run the structural and governance checks</source>
        <translation>Die Struktur- und Governance-Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Next &amp;Section</source>
        <translation>Nächster &amp;Abschnitt</translation>
    </message>
    <message>
        <source>Show the next section</source>
        <translation>Den nächsten Abschnitt zeigen</translation>
    </message>
    <message>
        <source>Previous S&amp;ection</source>
        <translation>Vorheriger Ab&amp;schnitt</translation>
    </message>
    <message>
        <source>Show the previous section</source>
        <translation>Den vorherigen Abschnitt zeigen</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <source>Move the focus to the next pane</source>
        <translation>Den Fokus in den nächsten Bereich setzen</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>Vorheriger Be&amp;reich</translation>
    </message>
    <message>
        <source>Move the focus back a pane</source>
        <translation>Den Fokus in den vorherigen Bereich setzen</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>Go to the next problem</source>
        <translation>Zum nächsten Problem gehen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the editor</source>
        <translation>Alle Tastenkürzel des Editors</translation>
    </message>
    <message>
        <source>&amp;About Charter</source>
        <translation>Ü&amp;ber Charter</translation>
    </message>
    <message>
        <source>The version, and where the logs are</source>
        <translation>Die Version und der Ort der Protokolle</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder of Charter&apos;s log files</source>
        <translation>Den Ordner mit den Protokolldateien von Charter öffnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>&amp;To Do</source>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>Such&amp;e</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation>&amp;Playbook</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Opening {name}...</source>
        <translation>{name} wird geöffnet…</translation>
    </message>
    <message>
        <source>No editor for {field}</source>
        <translation>Kein Editor für {field}</translation>
    </message>
    <message>
        <source>The problems the checks found, with the readiness scorecard</source>
        <extracomment>what each dock holds, for the tabs of docks that share a place (a screen reader reads them)</extracomment>
        <translation>Die Probleme, die die Prüfungen gefunden haben, mit der Reifegrad-Übersicht</translation>
    </message>
    <message>
        <source>The steps a new playbook leaves to fill in, and what each means</source>
        <translation>Die Schritte, die ein neues Playbook noch offen lässt, und was jeder bedeutet</translation>
    </message>
    <message>
        <source>The section or the whole policy as it will read when exported</source>
        <translation>Der Abschnitt oder die ganze Richtlinie, wie sie im Export erscheinen</translation>
    </message>
    <message>
        <source>Every change since the playbook was opened; select one to go back to it</source>
        <translation>Jede Änderung seit dem Öffnen des Playbooks; wählen Sie eine aus, um zu ihr zurückzukehren</translation>
    </message>
    <message>
        <source>A new playbook from {source}. A starter cannot know your people and processes: the &lt;b&gt;To Do&lt;/b&gt; list says what only you can fill in, and what each step means (the errors in Problems are these gaps).</source>
        <translation>Ein neues Playbook aus {source}. Eine Vorlage kann Ihre Mitarbeitenden und Abläufe nicht kennen: Die Liste &lt;b&gt;Aufgaben&lt;/b&gt; zeigt, was nur Sie ausfüllen können und was jeder Schritt bedeutet (die Fehler unter „Probleme“ sind diese Lücken).</translation>
    </message>
    <message>
        <source>About Charter</source>
        <translation>Über Charter</translation>
    </message>
    <message>
        <source>{path}
Double-click or press Enter to open</source>
        <translation>{path}
Doppelklick oder Eingabe zum Öffnen</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Spokes</source>
        <translation>Spokes</translation>
    </message>
    <message>
        <source>This is a regional spoke of &lt;b&gt;{hub}&lt;/b&gt;. This page shows its effective playbook (what the region inherits from the hub, with the region&apos;s changes) and cannot be edited here. To change what your region does, tailor the spoke: the hub&apos;s values beside yours, what the hub allows, and a rationale for each change.</source>
        <translation>Dies ist ein regionaler Spoke von &lt;b&gt;{hub}&lt;/b&gt;. Diese Seite zeigt sein wirksames Playbook (was die Region vom Hub übernimmt, mit den Änderungen der Region) und kann hier nicht bearbeitet werden. Um zu ändern, was Ihre Region tut, passen Sie den Spoke an: die Werte des Hubs neben Ihren, was der Hub erlaubt, und eine Begründung für jede Änderung.</translation>
    </message>
    <message>
        <source>This playbook is open &lt;b&gt;read-only&lt;/b&gt;. Use Save As to keep an editable copy.</source>
        <translation>Dieses Playbook ist &lt;b&gt;schreibgeschützt&lt;/b&gt; geöffnet. Mit „Speichern unter“ behalten Sie eine bearbeitbare Kopie.</translation>
    </message>
    <message>
        <source>&amp;Tailor This Spoke…</source>
        <extracomment>the banner&apos;s button per action: (text, accessible description)</extracomment>
        <translation>Diesen Spoke &amp;anpassen…</translation>
    </message>
    <message>
        <source>Open the tailoring view of this spoke: change what the hub allows, with a rationale</source>
        <translation>Die Anpassungsansicht dieses Spokes öffnen: ändern, was der Hub erlaubt, mit Begründung</translation>
    </message>
    <message>
        <source>Show the To &amp;Do List</source>
        <translation>&amp;Aufgabenliste anzeigen</translation>
    </message>
    <message>
        <source>The steps this new playbook leaves to you, and what each means</source>
        <translation>Die Schritte, die dieses neue Playbook Ihnen überlässt, und was jeder bedeutet</translation>
    </message>
    <message>
        <source>{name}[*] (read-only) — Charter</source>
        <translation>{name}[*] (schreibgeschützt) — Charter</translation>
    </message>
    <message>
        <source>{name}[*] — Charter</source>
        <translation>{name}[*] — Charter</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>{errors}, {warnings}</source>
        <translation>{errors}, {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness {score}/100 (weakest area) · {counts}</source>
        <translation>Reifegrad {score}/100 (schwächster Bereich) · {counts}</translation>
    </message>
    <message>
        <source>No recent playbooks</source>
        <translation>Keine zuletzt geöffneten Playbooks</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>the PDF could not be started (Qt&apos;s PDF writer refused)</source>
        <extracomment>Page margins in millimetres: top, right, bottom, left. The paper sizes of :data:`playbooks.io.config.PAPER_SIZES`. OpenType features that join letters into one glyph: Qt maps such a glyph back to a ligature character (U+FB01 &quot;ﬁ&quot;), so a reader extracting or searching the text would not find &quot;fi&quot;. Scales tried, in order, to fit a one-page document (the crisis card) on one page. The fonts the templates name first; any other installed font is Qt&apos;s fallback. Character -&gt; whether an installed font draws it (fonts do not change while Charter runs).</extracomment>
        <translation>das PDF konnte nicht begonnen werden (Qts PDF-Writer hat abgelehnt)</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>A new language applies when Charter next starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Charter.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Unsaved changes are copied to the recovery area this long after the last change.</source>
        <translation>Nicht gespeicherte Änderungen werden so lange nach der letzten Änderung in den Wiederherstellungsbereich kopiert.</translation>
    </message>
    <message>
        <source>e.g. Dana Whitfield</source>
        <translation>z. B. Dana Whitfield</translation>
    </message>
    <message>
        <source>e.g. Chief Compliance Officer</source>
        <translation>z. B. Chief Compliance Officer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of the editor; the system&apos;s unless you choose one</source>
        <translation>Die Sprache des Editors; die des Systems, sofern Sie keine wählen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system</source>
        <translation>Helle oder dunkle Farben oder die des Systems</translation>
    </message>
    <message>
        <source>Autosave after</source>
        <translation>Automatisch sichern nach</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Automatisch sichern nach:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Your full name, proposed when you sign off or record a change</source>
        <translation>Ihr vollständiger Name, vorgeschlagen bei Freigaben und beim Protokollieren von Änderungen</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Ihre Funktion</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Ihre F&amp;unktion:</translation>
    </message>
    <message>
        <source>Your role, proposed when you sign off</source>
        <translation>Ihre Funktion, vorgeschlagen bei Freigaben</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>Re&amp;cent files:</source>
        <translation>&amp;Zuletzt geöffnete Dateien:</translation>
    </message>
    <message>
        <source>How many recent playbooks the File menu and the welcome page list</source>
        <translation>Wie viele zuletzt geöffnete Playbooks das Menü „Datei“ und die Startseite auflisten</translation>
    </message>
    <message>
        <source>Keep these preferences</source>
        <translation>Diese Einstellungen übernehmen</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>&lt;span style=&quot;color:#888&quot;&gt;not set&lt;/span&gt;</source>
        <extracomment>A preview shows at most this many items per list, and this much HTML: a rich-text view laying out 10,000 rules would freeze the window, and nobody reads them in a side panel.</extracomment>
        <translation>&lt;span style=&quot;color:#888&quot;&gt;nicht gesetzt&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;i&gt;... and {more} more&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;i&gt;… und {more} weitere&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;... and {value} more (the export shows them all).&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;… und {value} weitere (der Export zeigt alle).&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>Akzeptierte Befunde</translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;p&gt;&lt;i&gt;The preview stops here; the playbook is long. Export it to read the whole policy.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;hr&gt;&lt;p&gt;&lt;i&gt;Die Vorschau endet hier; das Playbook ist lang. Exportieren Sie es, um die ganze Richtlinie zu lesen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Preview of</source>
        <translation>Vorschau von</translation>
    </message>
    <message>
        <source>Preview the section on screen, or the whole policy document</source>
        <translation>Den Abschnitt am Bildschirm oder das ganze Richtliniendokument in der Vorschau zeigen</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>Dieser Abschnitt</translation>
    </message>
    <message>
        <source>Whole policy</source>
        <translation>Ganze Richtlinie</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The section or the policy as it will read in the exported document</source>
        <translation>Der Abschnitt oder die Richtlinie, wie sie im exportierten Dokument erscheinen</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#888&apos;&gt;No playbook open.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#888&apos;&gt;Kein Playbook geöffnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The preview could not be rendered: {error}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Vorschau konnte nicht erstellt werden: {error}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Structure</source>
        <extracomment>per finding: its place in words (:func:`places`) and its area, worked out in the worker so that showing 1,000 findings costs the GUI thread no model walks (empty: not worked out)</extracomment>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>How a severity reads in the panel.</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>{severity} (waived)</source>
        <translation>{severity} (Ausnahme erteilt)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>Ausnahme erteilt: {reason}</translation>
    </message>
    <message>
        <source>(whole playbook)</source>
        <translation>(gesamtes Playbook)</translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation>Feld: {field}</translation>
    </message>
    <message>
        <source>No playbook open</source>
        <extracomment>the longest pause in typing before the checks run again. After each run the pause becomes half that run&apos;s time, up to this: a small playbook is checked at once (its check costs less than a keystroke), a big one waits for a pause in typing. Edits made while a check runs wait for it and are checked together (one check at a time), so even a short pause never queues a check per keystroke. (scores at the last sign-off, or None; what &quot;since&quot; means, &apos;&apos; for no trend): see set_trend</extracomment>
        <translation>Kein Playbook geöffnet</translation>
    </message>
    <message>
        <source>Show severity</source>
        <translation>Schweregrad anzeigen</translation>
    </message>
    <message>
        <source>List the problems of one severity only, or all</source>
        <translation>Nur die Probleme eines Schweregrads auflisten oder alle</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Show area</source>
        <translation>Bereich anzeigen</translation>
    </message>
    <message>
        <source>List the problems of one scorecard area only, or all</source>
        <translation>Nur die Probleme eines Bereichs der Übersicht auflisten oder alle</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>The problems found; Enter goes to the field of the selected one</source>
        <translation>Die gefundenen Probleme; Eingabe springt zum Feld des ausgewählten</translation>
    </message>
    <message>
        <source>Selected problem</source>
        <translation>Ausgewähltes Problem</translation>
    </message>
    <message>
        <source>&amp;Go to Field</source>
        <translation>Zum &amp;Feld</translation>
    </message>
    <message>
        <source>Show the field of the selected problem</source>
        <translation>Das Feld des ausgewählten Problems zeigen</translation>
    </message>
    <message>
        <source>E&amp;xplain…</source>
        <translation>&amp;Erläutern…</translation>
    </message>
    <message>
        <source>Why the check exists, its sources and the presets behind it</source>
        <translation>Warum es die Prüfung gibt, ihre Quellen und die Vorgaben dahinter</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <source>up {points}</source>
        <translation>plus {points}</translation>
    </message>
    <message>
        <source>down {points}</source>
        <translation>minus {points}</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Change since {since}: not known (the approved version was never open in Charter here)</source>
        <translation>Veränderung seit {since}: nicht bekannt (die freigegebene Fassung war hier nie in Charter geöffnet)</translation>
    </message>
    <message>
        <source>Change since {since}</source>
        <translation>Veränderung seit {since}</translation>
    </message>
    <message>
        <source>No change since {since}</source>
        <translation>Keine Veränderung seit {since}</translation>
    </message>
    <message>
        <source>Scores per area, 0-100: strong from 85, fair from 60, weak below</source>
        <translation>Werte je Bereich, 0–100: stark ab 85, mittel ab 60, schwach darunter</translation>
    </message>
    <message>
        <source>Readiness scorecard</source>
        <translation>Reifegrad-Übersicht</translation>
    </message>
    <message>
        <source>The checks could not run</source>
        <translation>Die Prüfungen konnten nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>checking the playbook</source>
        <translation>Prüfen des Playbooks</translation>
    </message>
    <message>
        <source>Select a problem to read it in full.</source>
        <translation>Wählen Sie ein Problem aus, um es vollständig zu lesen.</translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation>Zum Feld</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Meldung kopieren</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Dates and review</source>
        <translation>Termine und Überprüfung</translation>
    </message>
    <message>
        <source>Ownership and distribution</source>
        <translation>Verantwortung und Verteilung</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Wer und wo</translation>
    </message>
    <message>
        <source>Audience first</source>
        <translation>Zielgruppe zuerst</translation>
    </message>
    <message>
        <source>Organisation model</source>
        <translation>Organisationsmodell</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Community moderation</source>
        <translation>Community-Moderation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Evidence and remediation</source>
        <translation>Nachweise und Abhilfe</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Transparenz</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Why and how we measure</source>
        <translation>Warum und wie wir messen</translation>
    </message>
    <message>
        <source>Consequences and reporting</source>
        <translation>Konsequenzen und Meldewege</translation>
    </message>
    <message>
        <source>Keeping the playbook current</source>
        <translation>Das Playbook aktuell halten</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <extracomment>The extra page for the playbook&apos;s top-level waiver list (not a section of the document).</extracomment>
        <translation>Akzeptierte Befunde</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Weitere</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous field or control (tables and lists included: Tab leaves them)</source>
        <translation>Zum nächsten oder vorherigen Feld oder Bedienelement (auch Tabellen und Listen: Tab verlässt sie)</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Press a button or open a menu by its access key</source>
        <translation>Eine Schaltfläche betätigen oder ein Menü öffnen über seine Zugriffstaste</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>In the problems list: go to the field of the selected problem</source>
        <translation>In der Problemliste: zum Feld des ausgewählten Problems gehen</translation>
    </message>
    <message>
        <source>F2, Enter</source>
        <translation>F2, Eingabe</translation>
    </message>
    <message>
        <source>In a table: edit the selected cell (Enter applies it, Escape cancels it)</source>
        <translation>In einer Tabelle: die ausgewählte Zelle bearbeiten (Eingabe übernimmt, Esc bricht ab)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Tick or untick the selected option of a check list, or press the focused button</source>
        <translation>Die ausgewählte Option einer Auswahlliste an- oder abhaken oder die fokussierte Schaltfläche betätigen</translation>
    </message>
    <message>
        <source>Ctrl+Z in a field</source>
        <translation>Strg+Z in einem Feld</translation>
    </message>
    <message>
        <source>Undo through the playbook&apos;s history (not only the field&apos;s typing)</source>
        <translation>Rückgängig im Verlauf des Playbooks (nicht nur in der Eingabe des Feldes)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>F6 and Shift+F6 move between the panes; every menu item also has an access key.</source>
        <translation>F6 und Umschalt+F6 wechseln zwischen den Bereichen; jeder Menüpunkt hat auch eine Zugriffstaste.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Each row: the keys, and what they do</source>
        <translation>Jede Zeile: die Tasten und was sie bewirken</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie bewirken</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Tick to give an expiry date; unticked, it does not expire</source>
        <translation>Anhaken, um ein Ablaufdatum anzugeben; nicht angehakt, läuft es nicht ab</translation>
    </message>
    <message>
        <source>The date it expires (when Expires is ticked)</source>
        <translation>Das Ablaufdatum (wenn „Läuft ab“ angehakt ist)</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Sign off &lt;b&gt;{title}&lt;/b&gt;, version {version}. The sign-off records the content fingerprint: any later change shows as &lt;i&gt;Changed since approval&lt;/i&gt;.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;, Version {version}, freigeben. Die Freigabe hält den Fingerabdruck des Inhalts fest: Jede spätere Änderung erscheint als &lt;i&gt;Seit Freigabe geändert&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Someone outside this playbook</source>
        <translation>Jemand außerhalb dieses Playbooks</translation>
    </message>
    <message>
        <source>Conditions, requested changes or remarks</source>
        <translation>Auflagen, gewünschte Änderungen oder Anmerkungen</translation>
    </message>
    <message>
        <source>Keep {version}</source>
        <translation>{version} beibehalten</translation>
    </message>
    <message>
        <source>Keep (no version)</source>
        <translation>Beibehalten (keine Version)</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Keep ({status})</source>
        <translation>Beibehalten ({status})</translation>
    </message>
    <message>
        <source>Currently</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation>Unterzeichnet als</translation>
    </message>
    <message>
        <source>The person or role of this playbook the approver signs as, if any</source>
        <translation>Die Person oder Funktion dieses Playbooks, als die die freigebende Person unterzeichnet, falls zutreffend</translation>
    </message>
    <message>
        <source>Approver name</source>
        <translation>Name der freigebenden Person</translation>
    </message>
    <message>
        <source>Full name of the person signing off</source>
        <translation>Vollständiger Name der Person, die freigibt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>The approver&apos;s role, e.g. Chief Compliance Officer</source>
        <translation>Die Funktion der freigebenden Person, z. B. Chief Compliance Officer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Approved, approved with changes, or rejected</source>
        <translation>Freigegeben, mit Änderungen freigegeben oder abgelehnt</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The date of the decision</source>
        <translation>Das Datum der Entscheidung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Keep the version, or raise it for what is approved</source>
        <translation>Die Version beibehalten oder für den freigegebenen Stand erhöhen</translation>
    </message>
    <message>
        <source>Lifecycle status</source>
        <translation>Lebenszyklusstatus</translation>
    </message>
    <message>
        <source>Keep the status, or move the playbook on (e.g. Approved)</source>
        <translation>Den Status beibehalten oder das Playbook weiterführen (z. B. Freigegeben)</translation>
    </message>
    <message>
        <source>Record the sign-off with the fingerprint of the current content</source>
        <translation>Die Freigabe mit dem Fingerabdruck des aktuellen Inhalts erfassen</translation>
    </message>
    <message>
        <source>This playbook is open read-only; a sign-off cannot be recorded in it.</source>
        <translation>Dieses Playbook ist schreibgeschützt geöffnet; eine Freigabe kann darin nicht erfasst werden.</translation>
    </message>
    <message>
        <source>Sign-off refused: {refusal}.</source>
        <translation>Freigabe abgelehnt: {refusal}.</translation>
    </message>
    <message>
        <source>Sign off ({decision})</source>
        <translation>Freigabe ({decision})</translation>
    </message>
    <message>
        <source>Record change</source>
        <translation>Änderung protokollieren</translation>
    </message>
    <message>
        <source>Add an entry to the change log of version {version}. Charter proposes what changed since the last recorded version; say why.</source>
        <translation>Einen Eintrag im Änderungsprotokoll der Version {version} hinzufügen. Charter schlägt vor, was sich seit der zuletzt protokollierten Version geändert hat; geben Sie den Grund an.</translation>
    </message>
    <message>
        <source>The reason for the change (a regulation, an incident, a review)</source>
        <translation>Der Grund der Änderung (eine Vorschrift, ein Vorfall, eine Überprüfung)</translation>
    </message>
    <message>
        <source>Material change (needs re-approval and re-attestation)</source>
        <translation>Wesentliche Änderung (erfordert erneute Freigabe und erneute Bestätigung)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser/in</translation>
    </message>
    <message>
        <source>Who made the change</source>
        <translation>Wer die Änderung vorgenommen hat</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>The change, in a sentence or two (proposed from your edits)</source>
        <translation>Die Änderung in ein, zwei Sätzen (aus Ihren Bearbeitungen vorgeschlagen)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>The reason for the change</source>
        <translation>Der Grund der Änderung</translation>
    </message>
    <message>
        <source>When the change was made</source>
        <translation>Wann die Änderung vorgenommen wurde</translation>
    </message>
    <message>
        <source>A material change needs a new sign-off and a new attestation by staff</source>
        <translation>Eine wesentliche Änderung erfordert eine neue Freigabe und eine neue Bestätigung durch die Mitarbeitenden</translation>
    </message>
    <message>
        <source>This playbook is open read-only; the change log cannot be changed.</source>
        <translation>Dieses Playbook ist schreibgeschützt geöffnet; das Änderungsprotokoll kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>die verfassende Person</translation>
    </message>
    <message>
        <source>what changed</source>
        <translation>was sich geändert hat</translation>
    </message>
    <message>
        <source>why</source>
        <translation>warum</translation>
    </message>
    <message>
        <source>Please fill in {fields}.</source>
        <translation>Bitte geben Sie {fields} an.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Set the playbook&apos;s version in Document control first: an entry records the version it produced.</source>
        <translation>Legen Sie zuerst die Version des Playbooks unter „Dokumentsteuerung“ fest: Ein Eintrag hält fest, welche Version er ergeben hat.</translation>
    </message>
    <message>
        <source>The entry cannot be recorded: {value}</source>
        <translation>Der Eintrag kann nicht erfasst werden: {value}</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>Set by your organisation: {locked_message}.</source>
        <translation>Von Ihrer Organisation festgelegt: {locked_message}.</translation>
    </message>
    <message>
        <source>Charter uses the defaults instead (&apos;charter config&apos; shows them).</source>
        <translation>Charter verwendet stattdessen die Standardwerte („charter config“ zeigt sie).</translation>
    </message>
    <message numerus="yes">
        <source>Site configuration: %n problem(s)</source>
        <translation>
            <numerusform>Standortkonfiguration: %n Problem</numerusform>
            <numerusform>Standortkonfiguration: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Site configuration</source>
        <translation>Standortkonfiguration</translation>
    </message>
</context>
<context>
    <name>SyncMergeDialog</name>
    <message>
        <source>Keep this file&apos;s</source>
        <extracomment>The two choices of a conflict, in the order of the combo box.</extracomment>
        <translation>Wert dieser Datei behalten</translation>
    </message>
    <message>
        <source>Take the copy&apos;s</source>
        <translation>Wert der Kopie übernehmen</translation>
    </message>
    <message>
        <source>Merge a conflict copy</source>
        <translation>Konfliktkopie zusammenführen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is a conflict copy of this playbook made by {service} ({detail}): someone saved the playbook elsewhere while it was being changed here.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ist eine Konfliktkopie dieses Playbooks, erstellt von {service} ({detail}): Jemand hat das Playbook an anderer Stelle gespeichert, während es hier geändert wurde.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Wird zusammengeführt…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Diese Datei</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>Die Kopie</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>The copy could not be merged: {exc}</source>
        <translation>Die Kopie konnte nicht zusammengeführt werden: {exc}</translation>
    </message>
    <message>
        <source>{path} (as opened)</source>
        <translation>{path} (wie geöffnet)</translation>
    </message>
    <message>
        <source>The playbook was changed while this dialog was open, so the copy was merged again: check the choices below, then press Merge. </source>
        <translation>Das Playbook wurde geändert, während dieser Dialog offen war; die Kopie wurde daher erneut zusammengeführt: Prüfen Sie die Auswahl unten und klicken Sie dann auf „Zusammenführen“. </translation>
    </message>
    <message numerus="yes">
        <source>Merged against {base}: edits made on one side only are taken as they are; the copy&apos;s own %n change(s) listed below are taken unless you keep this file&apos;s value (keep it where the copy only lacks an edit made here).</source>
        <translation>
            <numerusform>Zusammengeführt auf Basis von {base}: Änderungen, die nur auf einer Seite vorgenommen wurden, werden übernommen; die unten aufgeführte eigene Änderung der Kopie wird übernommen, sofern Sie nicht den Wert dieser Datei behalten (behalten Sie ihn, wo der Kopie nur eine hier vorgenommene Änderung fehlt).</numerusform>
            <numerusform>Zusammengeführt auf Basis von {base}: Änderungen, die nur auf einer Seite vorgenommen wurden, werden übernommen; die %n unten aufgeführten eigenen Änderungen der Kopie werden übernommen, sofern Sie nicht den Wert dieser Datei behalten (behalten Sie ihn, wo der Kopie nur eine hier vorgenommene Änderung fehlt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged against {base}: edits made on one side only are taken as they are.</source>
        <translation>Zusammengeführt auf Basis von {base}: Änderungen, die nur auf einer Seite vorgenommen wurden, werden übernommen.</translation>
    </message>
    <message>
        <source>No earlier version common to both is known (no backup or commit both started from): choose, for each difference, which value to keep.</source>
        <translation>Es ist keine gemeinsame frühere Fassung bekannt (keine Sicherung und kein Commit, von dem beide ausgingen): Wählen Sie für jeden Unterschied, welcher Wert bleibt.</translation>
    </message>
    <message numerus="yes">
        <source>Merging changes %n field(s) of the open playbook.</source>
        <translation>
            <numerusform>Das Zusammenführen ändert %n Feld des geöffneten Playbooks.</numerusform>
            <numerusform>Das Zusammenführen ändert %n Felder des geöffneten Playbooks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to decide below.</source>
        <translation>
            <numerusform>%n Entscheidung unten offen.</numerusform>
            <numerusform>%n Entscheidungen unten offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>Nichts zu entscheiden.</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>The two versions together break the playbook: this file&apos;s version is kept</source>
        <translation>Beide Fassungen zusammen machen das Playbook ungültig: Der Wert dieser Datei bleibt erhalten</translation>
    </message>
    <message>
        <source>A spoke keeps this file&apos;s value here; the conflict is listed at the top of the file</source>
        <translation>Ein Spoke behält hier den Wert dieser Datei; der Konflikt wird oben in der Datei aufgeführt</translation>
    </message>
    <message>
        <source>This copy cannot be merged: {error}</source>
        <translation>Diese Kopie kann nicht zusammengeführt werden: {error}</translation>
    </message>
    <message>
        <source>merging a conflict copy</source>
        <translation>Zusammenführen einer Konfliktkopie</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>{name} zusammenführen</translation>
    </message>
    <message>
        <source>The merged spoke could not be saved: {exc}</source>
        <translation>Der zusammengeführte Spoke konnte nicht gespeichert werden: {exc}</translation>
    </message>
    <message>
        <source>Save the merged playbook</source>
        <translation>Das zusammengeführte Playbook speichern</translation>
    </message>
    <message>
        <source>The copy is merged into the open playbook. Save it now? {name} is moved aside only once the merge is saved; until then it stays where it is.</source>
        <translation>Die Kopie ist in das geöffnete Playbook zusammengeführt. Jetzt speichern? {name} wird erst beiseitegelegt, wenn die Zusammenführung gespeichert ist; bis dahin bleibt sie, wo sie ist.</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Jetzt speichern</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Move the conflict copy aside</source>
        <translation>Die Konfliktkopie beiseitelegen</translation>
    </message>
    <message>
        <source>Move {name} into the &apos;{CONFLICTS_FOLDER}&apos; folder beside the playbook? It is kept there, not deleted.</source>
        <translation>{name} in den Ordner „{CONFLICTS_FOLDER}“ neben dem Playbook verschieben? Sie wird dort aufbewahrt, nicht gelöscht.</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Liegen lassen</translation>
    </message>
    <message>
        <source>{copy}: could not be moved ({value})</source>
        <translation>{copy}: konnte nicht verschoben werden ({value})</translation>
    </message>
</context>
<context>
    <name>TailoringTranslations</name>
    <message>
        <source>Current</source>
        <extracomment>The states a translation is shown in (column &quot;State&quot;).</extracomment>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Stale: the source changed since it was translated</source>
        <translation>Veraltet: Die Quelle hat sich seit der Übersetzung geändert</translation>
    </message>
    <message>
        <source>The spoke does not resolve against its hub</source>
        <translation>Der Spoke lässt sich nicht gegen seinen Hub auflösen</translation>
    </message>
    <message>
        <source>Translate: {place}</source>
        <translation>Übersetzen: {place}</translation>
    </message>
    <message>
        <source>&amp;Language (BCP 47)</source>
        <translation>&amp;Sprache (BCP 47)</translation>
    </message>
    <message>
        <source>&amp;Reviewed by</source>
        <translation>&amp;Geprüft von</translation>
    </message>
    <message>
        <source>needed: the hub locks {item}</source>
        <translation>erforderlich: der Hub sperrt {item}</translation>
    </message>
    <message>
        <source>only for a text the hub locks</source>
        <translation>nur für einen Text, den der Hub sperrt</translation>
    </message>
    <message>
        <source>&amp;Hub approval</source>
        <translation>Freigabe durch den &amp;Hub</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Write the translation beside the source text first.</source>
        <translation>Schreiben Sie zuerst die Übersetzung neben den Ausgangstext.</translation>
    </message>
    <message>
        <source>The hub locks {item}: a translation of it is what the region&apos;s staff read in its place. Name who at the hub approved it (Hub approval).</source>
        <translation>Der Hub sperrt {item}: Die Übersetzung ist das, was die Beschäftigten der Region an seiner Stelle lesen. Nennen Sie, wer sie beim Hub freigegeben hat (Freigabe durch den Hub).</translation>
    </message>
    <message>
        <source>Translate into {language}: {place}</source>
        <translation>Übersetzung nach {language}: {place}</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Source text (now)</source>
        <translation>Ausgangstext (aktuell)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Edit translation…</source>
        <translation>Übersetzung be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Reviewed: &amp;refresh</source>
        <translation>Geprüft: a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>Übersetzung entfernen</translation>
    </message>
    <message>
        <source>This spoke has no translations. Select a text field on the Fields tab and choose Translate… to add one; exports in that language then use it.</source>
        <translation>Dieser Spoke hat keine Übersetzungen. Wählen Sie auf der Registerkarte „Felder“ ein Textfeld und dann „Übersetzen…“, um eine hinzuzufügen; Exporte in dieser Sprache verwenden sie dann.</translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s); </source>
        <translation>
            <numerusform>%n Übersetzung; </numerusform>
            <numerusform>%n Übersetzungen; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review (the source changed, or the field is gone).</source>
        <translation>
            <numerusform>%n muss geprüft werden (die Quelle hat sich geändert oder das Feld gibt es nicht mehr).</numerusform>
            <numerusform>%n müssen geprüft werden (die Quelle hat sich geändert oder das Feld gibt es nicht mehr).</numerusform>
        </translation>
    </message>
    <message>
        <source>all current.</source>
        <translation>alle aktuell.</translation>
    </message>
    <message>
        <source>Select a text field on the Fields tab first.</source>
        <translation>Wählen Sie zuerst auf der Registerkarte „Felder“ ein Textfeld.</translation>
    </message>
    <message>
        <source>Select a translation first.</source>
        <translation>Wählen Sie zuerst eine Übersetzung.</translation>
    </message>
    <message>
        <source>Reviewed translation into {language}: {path}</source>
        <translation>Geprüfte Übersetzung nach {language}: {path}</translation>
    </message>
    <message>
        <source>Remove translation into {language}: {path}</source>
        <translation>Übersetzung nach {language} entfernen: {path}</translation>
    </message>
    <message>
        <source>The spoke must resolve against its hub before its texts are translated.</source>
        <translation>Der Spoke muss sich gegen seinen Hub auflösen lassen, bevor seine Texte übersetzt werden.</translation>
    </message>
</context>
<context>
    <name>TailoringView</name>
    <message>
        <source>tightens</source>
        <extracomment>item role of a group node: a FieldRow of the keyed list item the group shows how long the value may rest before the decision on it is asked for (typing in a field) values at least this long get a tooltip with the whole text</extracomment>
        <translation>verschärft</translation>
    </message>
    <message>
        <source>loosens</source>
        <translation>lockert</translation>
    </message>
    <message>
        <source>refused: loosens a locked item</source>
        <translation>abgelehnt: lockert ein gesperrtes Element</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Change for this region</source>
        <translation>Für diese Region ändern</translation>
    </message>
    <message>
        <source>Hub value: {value}</source>
        <translation>Wert im Hub: {value}</translation>
    </message>
    <message>
        <source>Why this region departs from the hub (a local law, market, language)</source>
        <translation>Warum diese Region vom Hub abweicht (ein lokales Gesetz, der Markt, die Sprache)</translation>
    </message>
    <message>
        <source>Region value of {value}</source>
        <translation>Wert der Region für {value}</translation>
    </message>
    <message>
        <source>Region value</source>
        <translation>Wert der Region</translation>
    </message>
    <message>
        <source>Change {label}</source>
        <translation>{label} ändern</translation>
    </message>
    <message>
        <source>Remove for this region</source>
        <translation>Für diese Region entfernen</translation>
    </message>
    <message>
        <source>Remove &lt;b&gt;{name}&lt;/b&gt; from this region&apos;s playbook. The hub keeps it; other regions are not affected.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; aus dem Playbook dieser Region entfernen. Der Hub behält es; andere Regionen sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Why the region does not use it (e.g. the platform is not used in the region)</source>
        <translation>Warum die Region es nicht verwendet (z. B. wird die Plattform in der Region nicht genutzt)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Tailoring — {name}</source>
        <translation>Anpassung — {name}</translation>
    </message>
    <message>
        <source>Translations</source>
        <extracomment>the digest of the file as read (or last saved): a save over someone else&apos;s change asks first</extracomment>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <source>Sectio&amp;n</source>
        <translation>A&amp;bschnitt</translation>
    </message>
    <message>
        <source>&amp;Only fields this region changes</source>
        <translation>&amp;Nur Felder, die diese Region ändert</translation>
    </message>
    <message>
        <source>locked by the hub (may only be tightened)</source>
        <translation>vom Hub gesperrt (darf nur verschärft werden)</translation>
    </message>
    <message>
        <source>&lt;b&gt;bold blue&lt;/b&gt;: changed for this region</source>
        <translation>&lt;b&gt;fett blau&lt;/b&gt;: für diese Region geändert</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Hub value</source>
        <translation>Wert im Hub</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>&amp;Change for this region…</source>
        <translation>Für diese Region än&amp;dern…</translation>
    </message>
    <message>
        <source>Re&amp;vert to hub</source>
        <translation>Auf Hub-Wert &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Re&amp;move item for this region…</source>
        <translation>Element für diese Region en&amp;tfernen…</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Übersetzen…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Differences from hub</source>
        <translation>Abweichungen vom Hub</translation>
    </message>
    <message>
        <source>Revert to hub</source>
        <translation>Auf Hub-Wert zurücksetzen</translation>
    </message>
    <message>
        <source>Hub item</source>
        <translation>Element im Hub</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Hub when tailored</source>
        <translation>Hub bei der Anpassung</translation>
    </message>
    <message>
        <source>Hub now</source>
        <translation>Hub jetzt</translation>
    </message>
    <message>
        <source>This region</source>
        <translation>Diese Region</translation>
    </message>
    <message>
        <source>Hub changed since you tailored</source>
        <translation>Hub seit der Anpassung geändert</translation>
    </message>
    <message>
        <source>Reviewed: acknowledge</source>
        <translation>Geprüft: bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Alle bestätigen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Working out the change…</source>
        <translation>Die Änderung wird ermittelt…</translation>
    </message>
    <message>
        <source>Sign off re&amp;gion…</source>
        <translation>Region &amp;freigeben…</translation>
    </message>
    <message>
        <source>Record the regional approval of this spoke&apos;s effective playbook</source>
        <translation>Die regionale Freigabe des wirksamen Playbooks dieses Spokes erfassen</translation>
    </message>
    <message>
        <source>&amp;Save spoke</source>
        <translation>Spoke &amp;speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The spoke cannot be tailored until it resolves against its hub (see above).</source>
        <translation>Der Spoke kann erst angepasst werden, wenn er sich gegen seinen Hub auflösen lässt (siehe oben).</translation>
    </message>
    <message>
        <source>{item} is not in this region&apos;s playbook; use Revert to hub to bring it back.</source>
        <translation>{item} ist nicht im Playbook dieser Region; mit „Auf Hub-Wert zurücksetzen“ holen Sie es zurück.</translation>
    </message>
    <message>
        <source>Select an item of a list (a channel, a rule, a record class) first.</source>
        <translation>Wählen Sie zuerst ein Element einer Liste (einen Kanal, eine Regel, eine Aufbewahrungsklasse).</translation>
    </message>
    <message>
        <source>{label} has the hub&apos;s value; there is nothing to revert.</source>
        <translation>{label} hat den Wert des Hubs; es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Revert to hub: {label}</source>
        <translation>Auf Hub-Wert zurücksetzen: {label}</translation>
    </message>
    <message>
        <source>Select a difference made by a spoke change first.</source>
        <translation>Wählen Sie zuerst eine Abweichung, die durch eine Änderung des Spokes entstanden ist.</translation>
    </message>
    <message>
        <source>Revert to hub: {place}</source>
        <translation>Auf Hub-Wert zurücksetzen: {place}</translation>
    </message>
    <message>
        <source>Acknowledge hub change: {where}</source>
        <translation>Änderung im Hub bestätigen: {where}</translation>
    </message>
    <message>
        <source>Acknowledge all hub changes</source>
        <translation>Alle Änderungen im Hub bestätigen</translation>
    </message>
    <message>
        <source>The spoke cannot be signed off until it resolves against its hub (see above).</source>
        <translation>Der Spoke kann erst freigegeben werden, wenn er sich gegen seinen Hub auflösen lässt (siehe oben).</translation>
    </message>
    <message>
        <source>Sign off region {region}</source>
        <translation>Region {region} freigeben</translation>
    </message>
    <message>
        <source>Spoke changed on disk</source>
        <translation>Spoke auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>{name} was changed outside this window since you opened it. Replace it with your tailoring (the previous file is kept as .bak)?</source>
        <translation>{name} wurde außerhalb dieses Fensters geändert, seit Sie es geöffnet haben. Durch Ihre Anpassung ersetzen (die bisherige Datei wird als .bak aufbewahrt)?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{exc}. Your tailoring stays open here.</source>
        <translation>{exc}. Ihre Anpassung bleibt hier geöffnet.</translation>
    </message>
    <message>
        <source>{path}: the spoke could not be saved ({exc})</source>
        <translation>{path}: Der Spoke konnte nicht gespeichert werden ({exc})</translation>
    </message>
    <message>
        <source>Finishing the change, then closing…</source>
        <translation>Die Änderung wird abgeschlossen, dann wird geschlossen…</translation>
    </message>
    <message>
        <source>Unsaved tailoring</source>
        <translation>Nicht gespeicherte Anpassung</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Änderungen an {name} speichern?</translation>
    </message>
    <message>
        <source>The change could not be worked out (see the message).</source>
        <translation>Die Änderung konnte nicht ermittelt werden (siehe Meldung).</translation>
    </message>
    <message>
        <source>tailoring the spoke</source>
        <translation>Anpassen des Spokes</translation>
    </message>
    <message>
        <source>The region cannot be signed off yet: {reason}</source>
        <translation>Die Region kann noch nicht freigegeben werden: {reason}</translation>
    </message>
    <message>
        <source>Sign off region ({approver})</source>
        <translation>Region freigeben ({approver})</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Region:&lt;/b&gt; {region} &amp;nbsp; &lt;b&gt;Hub:&lt;/b&gt; {hub} ({hub_version}) &amp;nbsp; &lt;b&gt;Tailored against:&lt;/b&gt; v{tailored_against} &amp;nbsp; &lt;b&gt;Changes:&lt;/b&gt; {changes}</source>
        <translation>&lt;b&gt;Region:&lt;/b&gt; {region} &amp;nbsp; &lt;b&gt;Hub:&lt;/b&gt; {hub} ({hub_version}) &amp;nbsp; &lt;b&gt;Angepasst gegen:&lt;/b&gt; v{tailored_against} &amp;nbsp; &lt;b&gt;Änderungen:&lt;/b&gt; {changes}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The spoke resolves against its hub with no spoke problems.</source>
        <translation>Der Spoke lässt sich ohne Probleme gegen seinen Hub auflösen.</translation>
    </message>
    <message>
        <source>Undo {text}</source>
        <translation>Rückgängig: {text}</translation>
    </message>
    <message>
        <source>Tailoring — {name}{star}</source>
        <translation>Anpassung — {name}{star}</translation>
    </message>
    <message>
        <source>Locked by the hub: this region may only tighten it</source>
        <translation>Vom Hub gesperrt: Diese Region darf es nur verschärfen</translation>
    </message>
    <message>
        <source>{kind} ({verdict})</source>
        <translation>{kind} ({verdict})</translation>
    </message>
    <message>
        <source>(no rationale)</source>
        <translation>(keine Begründung)</translation>
    </message>
    <message>
        <source>Differences from hub ({count})</source>
        <translation>Abweichungen vom Hub ({count})</translation>
    </message>
    <message>
        <source>Hub value changed</source>
        <translation>Wert im Hub geändert</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>Element geändert</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>Element hinzugefügt</translation>
    </message>
    <message>
        <source>Item removed</source>
        <translation>Element entfernt</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>Double-click to see this item&apos;s fields, hub and region side by side</source>
        <translation>Doppelklick zeigt die Felder dieses Elements, Hub und Region nebeneinander</translation>
    </message>
    <message>
        <source>The hub cannot be read, so its changes cannot be listed.</source>
        <translation>Der Hub kann nicht gelesen werden; seine Änderungen lassen sich daher nicht auflisten.</translation>
    </message>
    <message>
        <source>The hub has not changed since this region was tailored (version {current_version}).</source>
        <translation>Der Hub hat sich seit der Anpassung dieser Region nicht geändert (Version {current_version}).</translation>
    </message>
    <message>
        <source>The hub moved from version {value} to {current_version}, but none of its items did. Acknowledge to record the new version.</source>
        <translation>Der Hub ist von Version {value} auf {current_version} gewechselt, aber keines seiner Elemente hat sich geändert. Bestätigen Sie, um die neue Version festzuhalten.</translation>
    </message>
    <message>
        <source>The hub moved from version {value} to {current_version}. Review each item and acknowledge it; acknowledging records the hub&apos;s current value.</source>
        <translation>Der Hub ist von Version {value} auf {current_version} gewechselt. Prüfen und bestätigen Sie jedes Element; die Bestätigung hält den aktuellen Wert des Hubs fest.</translation>
    </message>
    <message>
        <source>Hub changed since you tailored ({drifts})</source>
        <translation>Hub seit der Anpassung geändert ({drifts})</translation>
    </message>
    <message>
        <source>Select a field to see where its value comes from and what the hub allows.</source>
        <translation>Wählen Sie ein Feld, um zu sehen, woher sein Wert stammt und was der Hub erlaubt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the region changed:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Was die Region geändert hat:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <source>Needed before the playbook can be approved.</source>
        <extracomment>what a step&apos;s severity means for the playbook, in words (its icon says it to the eye)</extracomment>
        <translation>Erforderlich, bevor das Playbook freigegeben werden kann.</translation>
    </message>
    <message>
        <source>Recommended.</source>
        <translation>Empfohlen.</translation>
    </message>
    <message>
        <source>Worth doing.</source>
        <translation>Sinnvoll.</translation>
    </message>
    <message>
        <source>needed before the playbook can be approved</source>
        <extracomment>the same, as a short note after a step&apos;s title</extracomment>
        <translation>erforderlich vor der Freigabe</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>worth doing</source>
        <translation>sinnvoll</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>The steps left to complete this playbook; under each, the places it concerns. Enter goes to a place.</source>
        <translation>Die Schritte, die dieses Playbook noch braucht; unter jedem die betroffenen Stellen. Eingabe springt zu einer Stelle.</translation>
    </message>
    <message>
        <source>What the step means</source>
        <translation>Was der Schritt bedeutet</translation>
    </message>
    <message numerus="yes">
        <source> (%n places)</source>
        <translation>
            <numerusform> (%n Stelle)</numerusform>
            <numerusform> (%n Stellen)</numerusform>
        </translation>
    </message>
    <message>
        <source>No playbook open</source>
        <translation>Kein Playbook geöffnet</translation>
    </message>
    <message>
        <source>Nothing left to do: the checks find no gaps.</source>
        <translation>Nichts mehr zu tun: Die Prüfungen finden keine Lücken.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) left</source>
        <translation>
            <numerusform>%n Schritt offen</numerusform>
            <numerusform>%n Schritte offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them before the playbook can be approved</source>
        <translation>
            <numerusform>, davon %n vor der Freigabe des Playbooks</numerusform>
            <numerusform>, davon %n vor der Freigabe des Playbooks</numerusform>
        </translation>
    </message>
    <message>
        <source>. Select a step to see what it means; Enter on a place goes to its field.</source>
        <translation>. Wählen Sie einen Schritt, um zu sehen, was er bedeutet; Eingabe auf einer Stelle springt zu ihrem Feld.</translation>
    </message>
    <message>
        <source>Here: {place}</source>
        <translation>Hier: {place}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>Social media governance playbooks: write, check, sign off and export.</source>
        <translation>Playbooks für die Social-Media-Governance: verfassen, prüfen, freigeben und exportieren.</translation>
    </message>
    <message>
        <source>Start a new playbook</source>
        <translation>Ein neues Playbook beginnen</translation>
    </message>
    <message>
        <source>Starters</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>The starter a new playbook begins from; Enter creates it</source>
        <translation>Die Vorlage, aus der ein neues Playbook entsteht; Eingabe erstellt es</translation>
    </message>
    <message>
        <source>&amp;Create from Starter</source>
        <translation>Aus Vorlage &amp;erstellen</translation>
    </message>
    <message>
        <source>A new playbook from the selected starter, in this window</source>
        <translation>Ein neues Playbook aus der ausgewählten Vorlage, in diesem Fenster</translation>
    </message>
    <message>
        <source>New Playbook &amp;Wizard…</source>
        <translation>Neues Playbook mit &amp;Assistent…</translation>
    </message>
    <message>
        <source>A hub and its regional spokes, step by step: starter, model, regions, people</source>
        <translation>Ein Hub und seine regionalen Spokes, Schritt für Schritt: Vorlage, Modell, Regionen, Personen</translation>
    </message>
    <message>
        <source>&amp;Open a Playbook…</source>
        <translation>Ein Playbook ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Choose a playbook file to open</source>
        <translation>Eine Playbook-Datei zum Öffnen auswählen</translation>
    </message>
    <message>
        <source>Hub and spoke: the wizard writes the corporate hub and one spoke file per region, which regional managers then tailor.</source>
        <translation>Hub und Spokes: Der Assistent schreibt den Hub der Zentrale und eine Spoke-Datei je Region, die die regionalen Verantwortlichen dann anpassen.</translation>
    </message>
    <message>
        <source>Recent playbooks</source>
        <translation>Zuletzt geöffnete Playbooks</translation>
    </message>
    <message>
        <source>Playbooks opened before, newest first; Enter opens one</source>
        <translation>Bereits geöffnete Playbooks, die neuesten zuerst; Eingabe öffnet eines</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open. You can also drop a playbook file on this window.</source>
        <translation>Doppelklick oder Eingabe zum Öffnen. Sie können eine Playbook-Datei auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>No recent playbooks yet.</source>
        <translation>Noch keine zuletzt geöffneten Playbooks.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Industry and regime</source>
        <translation>Branche und Regelwerk</translation>
    </message>
    <message>
        <source>Start from the starter closest to your firm; its regulatory presets come with it.</source>
        <translation>Beginnen Sie mit der Vorlage, die Ihrem Unternehmen am nächsten kommt; ihre regulatorischen Vorgaben werden mit übernommen.</translation>
    </message>
    <message>
        <source>The starter closest to your firm: its regulatory presets come with it</source>
        <translation>Die Vorlage, die Ihrem Unternehmen am nächsten kommt: Ihre regulatorischen Vorgaben werden mit übernommen</translation>
    </message>
    <message>
        <source>Starters</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Governance model</source>
        <translation>Governance-Modell</translation>
    </message>
    <message>
        <source>How social media is organised. Hub and spoke is what most regulated firms choose.</source>
        <translation>Wie Social Media organisiert ist. Die meisten regulierten Unternehmen wählen Hub and Spoke.</translation>
    </message>
    <message>
        <source>&amp;Audiences of your own:</source>
        <translation>&amp;Eigene Zielgruppen:</translation>
    </message>
    <message>
        <source>e.g. Volunteers, or Certified spokespeople</source>
        <translation>z. B. Ehrenamtliche oder zertifizierte Sprecher/innen</translation>
    </message>
    <message>
        <source>The audience as your policy names it</source>
        <translation>Die Zielgruppe, wie Ihre Richtlinie sie nennt</translation>
    </message>
    <message>
        <source>Audience name</source>
        <translation>Name der Zielgruppe</translation>
    </message>
    <message>
        <source>The built-in audience it is a kind of: that audience&apos;s checks then bind it</source>
        <translation>Die eingebaute Zielgruppe, zu der sie gehört: Deren Prüfungen gelten dann auch für sie</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Gilt als</translation>
    </message>
    <message>
        <source>A group of its own</source>
        <translation>Eine eigene Gruppe</translation>
    </message>
    <message>
        <source>Add audience</source>
        <translation>Zielgruppe hinzufügen</translation>
    </message>
    <message>
        <source>Adds the audience to the policy&apos;s scope</source>
        <translation>Fügt die Zielgruppe dem Geltungsbereich der Richtlinie hinzu</translation>
    </message>
    <message>
        <source>The audiences of your own the new playbook will define</source>
        <translation>Die eigenen Zielgruppen, die das neue Playbook festlegt</translation>
    </message>
    <message>
        <source>Audiences of your own</source>
        <translation>Eigene Zielgruppen</translation>
    </message>
    <message>
        <source>Remove audience</source>
        <translation>Zielgruppe entfernen</translation>
    </message>
    <message>
        <source>Removes the selected audience</source>
        <translation>Entfernt die ausgewählte Zielgruppe</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already an audience.</source>
        <translation>„{name}“ ist bereits eine Zielgruppe.</translation>
    </message>
    <message>
        <source>Scope: regions and audiences</source>
        <translation>Geltungsbereich: Regionen und Zielgruppen</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Hinzufügen:</translation>
    </message>
    <message>
        <source>Add the region {region}</source>
        <translation>Die Region {region} hinzufügen</translation>
    </message>
    <message>
        <source>Adds {region} to the regions, as a spoke of the hub</source>
        <translation>Fügt {region} den Regionen hinzu, als Spoke des Hubs</translation>
    </message>
    <message>
        <source>&amp;Regions, one per line:</source>
        <translation>&amp;Regionen, eine je Zeile:</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>One region, business unit or brand per line; each becomes a spoke file</source>
        <translation>Eine Region, ein Geschäftsbereich oder eine Marke je Zeile; aus jeder wird eine Spoke-Datei</translation>
    </message>
    <message>
        <source>{label} needs at least one spoke: each region becomes a spoke file that tailors the hub (local laws, languages, contacts). Add the groups your policy names of its own.</source>
        <translation>{label} braucht mindestens einen Spoke: Aus jeder Region wird eine Spoke-Datei, die den Hub anpasst (lokale Gesetze, Sprachen, Kontakte). Fügen Sie die Gruppen hinzu, die Ihre Richtlinie eigens nennt.</translation>
    </message>
    <message>
        <source>{label} has no spokes: leave the regions empty for a single playbook, or add regions to tailor it per region all the same. Add the groups your policy names of its own.</source>
        <translation>{label} hat keine Spokes: Lassen Sie die Regionen für ein einzelnes Playbook leer oder fügen Sie Regionen hinzu, um es trotzdem je Region anzupassen. Fügen Sie die Gruppen hinzu, die Ihre Richtlinie eigens nennt.</translation>
    </message>
    <message>
        <source>Counts as {audience}</source>
        <translation>Gilt als {audience}</translation>
    </message>
    <message>
        <source>{name} (counts as {audience})</source>
        <translation>{name} (gilt als {audience})</translation>
    </message>
    <message>
        <source>The starter already defines: {names}.</source>
        <translation>Die Vorlage legt bereits fest: {names}.</translation>
    </message>
    <message>
        <source>The starter defines no audiences of its own.</source>
        <translation>Die Vorlage legt keine eigenen Zielgruppen fest.</translation>
    </message>
    <message numerus="yes">
        <source>%n spoke(s) will be created: {regions}.</source>
        <translation>
            <numerusform>%n Spoke wird angelegt: {regions}.</numerusform>
            <numerusform>%n Spokes werden angelegt: {regions}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No regions yet.</source>
        <translation>Noch keine Regionen.</translation>
    </message>
    <message>
        <source>Two regions have the same name.</source>
        <translation>Zwei Regionen haben denselben Namen.</translation>
    </message>
    <message>
        <source>{label} needs at least one region. Add one, or go Back and choose a model without spokes (organic, centralized or honeycomb).</source>
        <translation>{label} braucht mindestens eine Region. Fügen Sie eine hinzu oder gehen Sie zurück und wählen Sie ein Modell ohne Spokes (organisch, zentralisiert oder Honeycomb).</translation>
    </message>
    <message>
        <source>Title, people and roles</source>
        <translation>Titel, Personen und Funktionen</translation>
    </message>
    <message>
        <source>The owner is accountable for the playbook; the executive champion sponsors the programme (the first reason social media programmes fail is that no executive buys in).</source>
        <translation>Die verantwortliche Person steht für das Playbook ein; der Executive Sponsor fördert das Programm (Social-Media-Programme scheitern vor allem daran, dass keine Führungskraft dahintersteht).</translation>
    </message>
    <message>
        <source>The title of the policy as staff will see it</source>
        <translation>Der Titel der Richtlinie, wie die Mitarbeitenden ihn sehen</translation>
    </message>
    <message>
        <source>e.g. Acme Bank Social Media Policy</source>
        <translation>z. B. Social-Media-Richtlinie der Acme Bank</translation>
    </message>
    <message>
        <source>Full name of the person accountable for the playbook</source>
        <translation>Vollständiger Name der für das Playbook verantwortlichen Person</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Full name of the executive who sponsors the programme (optional)</source>
        <translation>Vollständiger Name der Führungskraft, die das Programm fördert (optional)</translation>
    </message>
    <message>
        <source>Full name of the sponsoring executive</source>
        <translation>Vollständiger Name des Executive Sponsors</translation>
    </message>
    <message>
        <source>Offices, committees and teams the policy names instead of a person, one per line; owners, approvers, decision rights and crisis contacts may name them</source>
        <translation>Stellen, Gremien und Teams, die die Richtlinie statt einer Person nennt, eine je Zeile; Verantwortliche, Freigebende, Entscheidungsrechte und Krisenkontakte können sie nennen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Playbook title</source>
        <translation>Titel des Playbooks</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Executive champion</source>
        <translation>Executive Sponsor</translation>
    </message>
    <message>
        <source>Roles, one per line</source>
        <translation>Funktionen, eine je Zeile</translation>
    </message>
    <message>
        <source>The starter already names: {names}. Add the offices and committees your policy names besides them (e.g. Ethics Committee).</source>
        <translation>Die Vorlage nennt bereits: {names}. Fügen Sie die Stellen und Gremien hinzu, die Ihre Richtlinie außerdem nennt (z. B. Ethikkommission).</translation>
    </message>
    <message>
        <source>Add the offices and committees your policy names (e.g. Social Media Council, Privacy Officer).</source>
        <translation>Fügen Sie die Stellen und Gremien hinzu, die Ihre Richtlinie nennt (z. B. Social-Media-Rat, Datenschutzbeauftragte/r).</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>The hub and its spoke files are written into this folder; nothing is overwritten.</source>
        <translation>Der Hub und seine Spoke-Dateien werden in diesen Ordner geschrieben; nichts wird überschrieben.</translation>
    </message>
    <message>
        <source>The folder the hub and its spoke files are written into</source>
        <translation>Der Ordner, in den der Hub und seine Spoke-Dateien geschrieben werden</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the folder for the new files</source>
        <translation>Den Ordner für die neuen Dateien auswählen</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>The start of the file names; the spokes add their region to it</source>
        <translation>Der Anfang der Dateinamen; die Spokes hängen ihre Region an</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>Dieser Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>{name} already exists in that folder.</source>
        <translation>{name} existiert in diesem Ordner bereits.</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Neues Playbook</translation>
    </message>
    <message>
        <source>The playbook was not created: {exc}</source>
        <translation>Das Playbook wurde nicht angelegt: {exc}</translation>
    </message>
</context>
<context>
    <name>Workflows</name>
    <message>
        <source>Folder</source>
        <extracomment>the content the next change-log entry is proposed against (last recorded version) the scorecards of approved content read so far, by content fingerprint injectable for tests: opens an exported file or folder, chooses a folder</extracomment>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>New Playbook &amp;Wizard…</source>
        <translation>Neues Playbook mit &amp;Assistent…</translation>
    </message>
    <message>
        <source>Create a hub and its regional spokes step by step</source>
        <translation>Einen Hub und seine regionalen Spokes Schritt für Schritt anlegen</translation>
    </message>
    <message>
        <source>New Spo&amp;ke…</source>
        <translation>Neuer Spo&amp;ke…</translation>
    </message>
    <message>
        <source>Start a regional spoke that tailors your organisation&apos;s hub</source>
        <translation>Einen regionalen Spoke beginnen, der den Hub Ihrer Organisation anpasst</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>&amp;Freigabe erfassen…</translation>
    </message>
    <message>
        <source>Record an approval of the current content</source>
        <translation>Eine Freigabe des aktuellen Inhalts erfassen</translation>
    </message>
    <message>
        <source>&amp;Record Change…</source>
        <translation>Änderung &amp;protokollieren…</translation>
    </message>
    <message>
        <source>Add an entry to the change log</source>
        <translation>Einen Eintrag zum Änderungsprotokoll hinzufügen</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>See what differs from another version</source>
        <translation>Unterschiede zu einer anderen Version ansehen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write a policy document (Word, PDF, HTML, ...)</source>
        <translation>Ein Richtliniendokument schreiben (Word, PDF, HTML, …)</translation>
    </message>
    <message>
        <source>&amp;Tailoring View…</source>
        <translation>Anpassungs&amp;ansicht…</translation>
    </message>
    <message>
        <source>Tailor this regional spoke against its hub</source>
        <translation>Diesen regionalen Spoke gegenüber seinem Hub anpassen</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>einem unbekannten Datum</translation>
    </message>
    <message>
        <source>the sign-off of {when} ({approver})</source>
        <translation>der Freigabe vom {when} ({approver})</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Neues Playbook</translation>
    </message>
    <message>
        <source>Created, with problems to fix:
{summary}</source>
        <translation>Erstellt, mit zu behebenden Problemen:
{summary}</translation>
    </message>
    <message>
        <source>the {starter_title} starter</source>
        <translation>der Vorlage „{starter_title}“</translation>
    </message>
    <message numerus="yes">
        <source>Created {name} and %n spoke file(s)</source>
        <translation>
            <numerusform>{name} und %n Spoke-Datei erstellt</numerusform>
            <numerusform>{name} und %n Spoke-Dateien erstellt</numerusform>
        </translation>
    </message>
    <message>
        <source>New spoke</source>
        <translation>Neuer Spoke</translation>
    </message>
    <message>
        <source>Region, business unit or brand of the new spoke of {name}:</source>
        <translation>Region, Geschäftsbereich oder Marke des neuen Spokes von {name}:</translation>
    </message>
    <message>
        <source>New &apos;{region}&apos; spoke of {name}</source>
        <translation>Neuer Spoke „{region}“ von {name}</translation>
    </message>
    <message>
        <source>Sign-off recorded (save to keep it)</source>
        <translation>Freigabe erfasst (speichern, um sie zu behalten)</translation>
    </message>
    <message>
        <source>Its hub</source>
        <translation>Sein Hub</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Eine andere Datei…</translation>
    </message>
    <message>
        <source>An earlier version (git)…</source>
        <translation>Eine frühere Version (Git)…</translation>
    </message>
    <message>
        <source>Compare this region&apos;s effective playbook with its hub, or with another file?</source>
        <translation>Das wirksame Playbook dieser Region mit ihrem Hub vergleichen oder mit einer anderen Datei?</translation>
    </message>
    <message>
        <source>Compare with another file?</source>
        <translation>Mit einer anderen Datei vergleichen?</translation>
    </message>
    <message>
        <source>, or with an earlier version of this file in git?</source>
        <translation>oder mit einer früheren Version dieser Datei in Git?</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>An earlier version</source>
        <translation>Eine frühere Version</translation>
    </message>
    <message>
        <source> Merge them one at a time.</source>
        <translation> Führen Sie sie einzeln zusammen.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n conflict copy(s) beside it, made by a sync client when the playbook was saved in two places at once:

{copies}

</source>
        <translation>
            <numerusform>{name} hat daneben %n Konfliktkopie, angelegt von einem Synchronisationsprogramm, als das Playbook an zwei Orten gleichzeitig gespeichert wurde:

{copies}

</numerusform>
            <numerusform>{name} hat daneben %n Konfliktkopien, angelegt von einem Synchronisationsprogramm, als das Playbook an zwei Orten gleichzeitig gespeichert wurde:

{copies}

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge it into this playbook now?</source>
        <translation>
            <numerusform>Jetzt in dieses Playbook zusammenführen?</numerusform>
            <numerusform>Die erste jetzt in dieses Playbook zusammenführen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict copy found</source>
        <translation>Konfliktkopie gefunden</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>This playbook is open read-only; the copy cannot be merged.</source>
        <translation>Dieses Playbook ist schreibgeschützt geöffnet; die Kopie kann nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>line {line}: {note}</source>
        <translation>Zeile {line}: {note}</translation>
    </message>
    <message>
        <source>
  … and {value} more</source>
        <translation>
  … und {value} weitere</translation>
    </message>
    <message>
        <source>Unresolved merge conflicts</source>
        <translation>Ungelöste Konflikte beim Zusammenführen</translation>
    </message>
    <message>
        <source>{name} was merged with conflicts. This file&apos;s (OURS&apos;s) value stands at each; check it, change what should differ, then save (saving removes the list from the top of the file):</source>
        <translation>{name} wurde mit Konflikten zusammengeführt. An jeder Stelle gilt der Wert dieser Datei (OURS); prüfen Sie ihn, ändern Sie, was abweichen soll, und speichern Sie dann (beim Speichern verschwindet die Liste am Anfang der Datei):</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erläutern</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>Ausnahme…</translation>
    </message>
    <message>
        <source>The playbook is open read-only.</source>
        <translation>Das Playbook ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Ausnahme erteilen</translation>
    </message>
</context>
</TS>
