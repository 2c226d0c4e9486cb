<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Social media governance playbooks.</source>
        <translation>Playbooks de gouvernance des réseaux sociaux.</translation>
    </message>
    <message>
        <source>No network access, no telemetry.</source>
        <translation>Aucun accès réseau, aucune télémétrie.</translation>
    </message>
    <message>
        <source>Logs: {log_file}</source>
        <translation>Journaux : {log_file}</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Apply and close this dialog</source>
        <translation>Appliquer et fermer cette boîte de dialogue</translation>
    </message>
    <message>
        <source>Close this dialog without changing anything</source>
        <translation>Fermer cette boîte de dialogue sans rien modifier</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>Revenir à l&apos;étape précédente</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Passer à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Write the files and open the new playbook</source>
        <translation>Écrire les fichiers et ouvrir le nouveau playbook</translation>
    </message>
    <message>
        <source>Close the wizard without writing anything</source>
        <translation>Fermer l&apos;assistant sans rien écrire</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>The content matches what was approved.</source>
        <extracomment>After an edit, the approval state is worked out in a worker once working it out took longer than this (seconds, the longest the GUI thread may be busy): it fingerprints the whole content, ~1 ms for the example hub but 0.3-1 s for 20,000 rules, which blocked the GUI thread on every keystroke in a large signed-off playbook (issue 22). the snapshot ``_state`` is of (None: no document, or not worked out yet) how long working out the state took the last time (seconds)</extracomment>
        <translation>Le contenu correspond à ce qui a été approuvé.</translation>
    </message>
    <message>
        <source>The content changed after the last approving sign-off; it needs a new sign-off.</source>
        <translation>Le contenu a changé après la dernière validation ; il doit être validé à nouveau.</translation>
    </message>
    <message>
        <source>No approving sign-off has been recorded.</source>
        <translation>Aucune validation n&apos;a été enregistrée.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>%n added</source>
        <extracomment>how many of each kind, for the summary line</extracomment>
        <translation>%n ajout ||| %n ajouts</translation>
    </message>
    <message>
        <source>%n removed</source>
        <translation>%n suppression ||| %n suppressions</translation>
    </message>
    <message>
        <source>%n changed</source>
        <translation>%n modification ||| %n modifications</translation>
    </message>
    <message>
        <source>{path}: this spoke cannot be compared: {unresolved_reason}</source>
        <translation>{path} : ce spoke ne peut pas être comparé : {unresolved_reason}</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparer des versions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Older:&lt;/b&gt; {old_title} v{old_version} ({old_name})&lt;br&gt;&lt;b&gt;Newer:&lt;/b&gt; {new_title} v{new_version} ({new_name})</source>
        <translation>&lt;b&gt;Ancienne :&lt;/b&gt; {old_title} v{old_version} ({old_name})&lt;br&gt;&lt;b&gt;Nouvelle :&lt;/b&gt; {new_title} v{new_version} ({new_name})</translation>
    </message>
    <message numerus="yes">
        <source>in %n section(s)</source>
        <translation>
            <numerusform>dans %n section</numerusform>
            <numerusform>dans %n sections</numerusform>
        </translation>
    </message>
    <message>
        <source>The two playbooks have the same content.</source>
        <translation>Les deux playbooks ont le même contenu.</translation>
    </message>
    <message>
        <source>Each changed field by section: the change, the older and the newer value; Enter goes to the field</source>
        <translation>Chaque champ modifié, par section : la modification, l&apos;ancienne et la nouvelle valeur ; Entrée ouvre le champ</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Section / field</source>
        <translation>Section / champ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Older value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>Newer value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Export as HTML…</source>
        <translation>Exporter en HTML…</translation>
    </message>
    <message>
        <source>Save these differences as a web page</source>
        <translation>Enregistrer ces différences comme page web</translation>
    </message>
    <message>
        <source>{path}: the comparison could not be saved ({exc})</source>
        <translation>{path} : la comparaison n&apos;a pas pu être enregistrée ({exc})</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n différence</numerusform>
            <numerusform>%n différences</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with an earlier version</source>
        <translation>Comparer avec une version antérieure</translation>
    </message>
    <message>
        <source>Looking for earlier versions of {name} in git…</source>
        <translation>Recherche des versions antérieures de {name} dans git…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>{name} has no committed version in git yet.</source>
        <translation>{name} n&apos;a encore aucune version validée dans git.</translation>
    </message>
    <message numerus="yes">
        <source>%n committed version(s), newest first:</source>
        <translation>
            <numerusform>%n version validée, la plus récente en premier :</numerusform>
            <numerusform>%n versions validées, la plus récente en premier :</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier versions: {error}.</source>
        <translation>Aucune version antérieure : {error}.</translation>
    </message>
    <message>
        <source>looking for earlier versions in git</source>
        <translation>recherche des versions antérieures dans git</translation>
    </message>
    <message>
        <source>{file}: this version cannot be compared: {unresolved_reason}</source>
        <translation>{file} : cette version ne peut pas être comparée : {unresolved_reason}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Playbooks (*.playbook.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Playbooks (*.playbook.yaml *.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open playbook</source>
        <translation>Ouvrir un playbook</translation>
    </message>
    <message>
        <source>Save playbook as</source>
        <translation>Enregistrer le playbook sous</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <extracomment>For a spoke shown read-only: path -&gt; where its value comes from (&quot;Inherited from the hub&quot;). For a spoke shown read-only: the spoke as read and resolved (the problems panel reports its findings from it, without reading the files again).</extracomment>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Untitled (not saved yet)</source>
        <translation>Sans titre (pas encore enregistré)</translation>
    </message>
    <message>
        <source>Add to {label}</source>
        <translation>Ajouter à {label}</translation>
    </message>
    <message>
        <source>Duplicate in {label}</source>
        <translation>Dupliquer dans {label}</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>It is still referred to by {places}; change those first</source>
        <translation>D&apos;autres éléments y font encore référence : {places} ; modifiez-les d&apos;abord</translation>
    </message>
    <message>
        <source>Delete from {label}</source>
        <translation>Supprimer de {label}</translation>
    </message>
    <message>
        <source>Move in {label}</source>
        <translation>Déplacer dans {label}</translation>
    </message>
    <message>
        <source>The playbook is open read-only</source>
        <translation>Le playbook est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Change {label}</source>
        <translation>Modifier {label}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong that Charter did not expect while {context}.</source>
        <translation>Une erreur inattendue s&apos;est produite pendant l&apos;opération suivante : {context}.</translation>
    </message>
    <message>
        <source>Something went wrong that Charter did not expect.</source>
        <translation>Une erreur inattendue s&apos;est produite.</translation>
    </message>
    <message>
        <source>Your document is still open; save your work under a new name if in doubt.</source>
        <translation>Votre document reste ouvert ; en cas de doute, enregistrez votre travail sous un autre nom.</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>Les détails ont été écrits dans {file}.</translation>
    </message>
    <message>
        <source>Charter: unexpected error</source>
        <translation>Charter : erreur inattendue</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Severity:&lt;/b&gt; {severity} &amp;nbsp; &lt;b&gt;Area:&lt;/b&gt; {area}&lt;/p&gt;</source>
        <extracomment>Codes that no waiver in the playbook can cover: a spoke could otherwise waive its own lock violations, and a structural problem is not a governance judgement.</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Gravité :&lt;/b&gt; {severity} &amp;nbsp; &lt;b&gt;Domaine :&lt;/b&gt; {area}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This finding does not come from a governance check: it reports that the playbook does not fit the file format (or a check that failed). Fix the field it names.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce constat ne provient pas d&apos;un contrôle de gouvernance : il signale que le playbook ne respecte pas le format de fichier (ou qu&apos;un contrôle a échoué). Corrigez le champ indiqué.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why it matters.&lt;/b&gt; {rationale}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi c&apos;est important.&lt;/b&gt; {rationale}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sources.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>({status}, last verified {date})</source>
        <translation>({status}, vérifié pour la dernière fois le {date})</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Regulatory presets applied in this playbook that this check reads.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Référentiels réglementaires appliqués dans ce playbook et lus par ce contrôle.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same text on the command line: &lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le même texte en ligne de commande : &lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Charter has no explanation for this code; the finding below says what to fix.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Charter n&apos;a pas d&apos;explication pour ce code ; le constat ci-dessous indique ce qu&apos;il faut corriger.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Whole playbook</source>
        <translation>Playbook entier</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This finding&lt;/b&gt;, at {place}:&lt;br&gt;{message}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce constat&lt;/b&gt;, à {place} :&lt;br&gt;{message}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>Dérogation accordée : {reason}</translation>
    </message>
    <message>
        <source>Explain {code}</source>
        <translation>Expliquer {code}</translation>
    </message>
    <message>
        <source>Explanation of {code}</source>
        <translation>Explication de {code}</translation>
    </message>
    <message>
        <source>{code} cannot be waived: spoke findings and format problems must be fixed (a waiver in the playbook never covers them).</source>
        <translation>{code} ne peut pas faire l&apos;objet d&apos;une dérogation : les constats des spokes et les problèmes de format doivent être corrigés (une dérogation dans le playbook ne les couvre jamais).</translation>
    </message>
    <message>
        <source>This finding is already waived.</source>
        <translation>Ce constat fait déjà l&apos;objet d&apos;une dérogation.</translation>
    </message>
    <message>
        <source>Waive {code}</source>
        <translation>Dérogation pour {code}</translation>
    </message>
    <message>
        <source>Accept the finding &lt;b&gt;{code}&lt;/b&gt;{title} with a reason. The waiver is part of the playbook and is shown in the exports (compliance checklist).</source>
        <translation>Accepter le constat &lt;b&gt;{code}&lt;/b&gt;{title} avec une justification. La dérogation fait partie du playbook et figure dans les exports (liste de contrôle de conformité).</translation>
    </message>
    <message>
        <source>Only at {path}</source>
        <translation>Uniquement à {path}</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Why the finding is accepted (required)</source>
        <translation>Pourquoi le constat est accepté (obligatoire)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Ticked: the waiver covers this field only; unticked: the check everywhere</source>
        <translation>Coché : la dérogation ne couvre que ce champ ; non coché : le contrôle partout</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why the finding is accepted (required; shown in the exports)</source>
        <translation>Pourquoi le constat est accepté (obligatoire ; figure dans les exports)</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Who accepts the finding</source>
        <translation>Qui accepte le constat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>When the finding was accepted</source>
        <translation>Date à laquelle le constat a été accepté</translation>
    </message>
    <message>
        <source>A waiver needs a reason: say why the finding is accepted.</source>
        <translation>Une dérogation doit être justifiée : indiquez pourquoi le constat est accepté.</translation>
    </message>
    <message>
        <source>The waiver would expire before it was accepted; choose a later expiry date.</source>
        <translation>La dérogation expirerait avant d&apos;avoir été accordée ; choisissez une date d&apos;expiration plus tardive.</translation>
    </message>
    <message>
        <source>The waiver cannot be recorded: {value}</source>
        <translation>La dérogation ne peut pas être enregistrée : {value}</translation>
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
        <translation>Page web (.html)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tableau CSV</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Ouvrir son dossier</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Ne rien faire</translation>
    </message>
    <message>
        <source>Reading the playbook</source>
        <extracomment>Formats laid out on pages of the chosen paper size. the user agreed to replace the file at ``output`` (the dialog asked) files the export must never replace (the playbook&apos;s own file)</extracomment>
        <translation>Lecture du playbook</translation>
    </message>
    <message>
        <source>Writing the document</source>
        <translation>Écriture du document</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Custom template folder</source>
        <translation>Dossier de modèles personnalisés</translation>
    </message>
    <message>
        <source>Export &lt;b&gt;{title}&lt;/b&gt; (version {version})</source>
        <extracomment>the choices remembered for this playbook (its file; a spoke&apos;s own file), or for any</extracomment>
        <translation>Exporter &lt;b&gt;{title}&lt;/b&gt; (version {version})</translation>
    </message>
    <message>
        <source>Effective playbook (the hub with this region&apos;s changes)</source>
        <translation>Playbook effectif (le hub avec les modifications de cette région)</translation>
    </message>
    <message>
        <source>Export the whole playbook as it applies in this region</source>
        <translation>Exporter tout le playbook tel qu&apos;il s&apos;applique dans cette région</translation>
    </message>
    <message>
        <source>Regional addendum (only this region&apos;s changes, with rationale)</source>
        <translation>Avenant régional (seulement les modifications de cette région, avec justification)</translation>
    </message>
    <message>
        <source>Export only how this region differs from the hub, with the reasons</source>
        <translation>Exporter seulement ce en quoi cette région diffère du hub, avec les raisons</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Spoke</translation>
    </message>
    <message>
        <source>Which document to write from the playbook</source>
        <translation>Le document à produire à partir du playbook</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>The file format: only those this document can be written in</source>
        <translation>Le format de fichier : seulement ceux dans lesquels ce document peut être écrit</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Built-in templates</source>
        <translation>Modèles intégrés</translation>
    </message>
    <message>
        <source>A folder of your own document templates; empty: the built-in templates</source>
        <translation>Un dossier de vos propres modèles de document ; vide : les modèles intégrés</translation>
    </message>
    <message>
        <source>Custom templates</source>
        <translation>Modèles personnalisés</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a folder of custom templates</source>
        <translation>Choisir un dossier de modèles personnalisés</translation>
    </message>
    <message>
        <source>Choose a template folder</source>
        <translation>Choisir un dossier de modèles</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégrés</translation>
    </message>
    <message>
        <source>Use Charter&apos;s built-in templates</source>
        <translation>Utiliser les modèles intégrés de Charter</translation>
    </message>
    <message>
        <source>Use the built-in templates</source>
        <translation>Utiliser les modèles intégrés</translation>
    </message>
    <message>
        <source>The page size of a PDF or Word document (your organisation may set it)</source>
        <translation>Le format de page d&apos;un document PDF ou Word (votre organisation peut le fixer)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>The file the document is written to</source>
        <translation>Le fichier dans lequel le document est écrit</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Choose the file the document is written to</source>
        <translation>Choisir le fichier dans lequel le document est écrit</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Choisir l&apos;emplacement</translation>
    </message>
    <message>
        <source>What to open once the document is written</source>
        <translation>Ce qu&apos;il faut ouvrir une fois le document écrit</translation>
    </message>
    <message>
        <source>When done</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>How far the export has got</source>
        <translation>L&apos;avancement de l&apos;export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avancement de l&apos;export</translation>
    </message>
    <message>
        <source>Write the document in the background; this dialog shows its progress</source>
        <translation>Écrire le document en arrière-plan ; cette boîte de dialogue en montre l&apos;avancement</translation>
    </message>
    <message>
        <source>Close this dialog (an export still running is cancelled)</source>
        <translation>Fermer cette boîte de dialogue (un export en cours est annulé)</translation>
    </message>
    <message>
        <source>Choose where to save the document.</source>
        <translation>Choisissez où enregistrer le document.</translation>
    </message>
    <message>
        <source>The document cannot be saved there: {exc}</source>
        <translation>Le document ne peut pas être enregistré à cet endroit : {exc}</translation>
    </message>
    <message>
        <source>The template folder {value} does not exist.</source>
        <translation>Le dossier de modèles {value} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exporting {document} as {format}…</source>
        <translation>Export de {document} au format {format}…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>L&apos;export a échoué : {error}</translation>
    </message>
    <message>
        <source>The export failed unexpectedly.</source>
        <translation>L&apos;export a échoué de manière inattendue.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Not applied: {text}</source>
        <extracomment>whether the input keeps a refused text while the user is still typing it (text, numbers, dates); a choice or a tick shows the kept value again at once</extracomment>
        <translation>Non appliqué : {text}</translation>
    </message>
    <message>
        <source>{text} ({label})</source>
        <translation>{text} ({label})</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Show the text as it will read in the policy (Markdown)</source>
        <translation>Afficher le texte tel qu&apos;il apparaîtra dans la politique (Markdown)</translation>
    </message>
    <message>
        <source>Preview {label}</source>
        <translation>Aperçu : {label}</translation>
    </message>
    <message>
        <source>{label} is {fixed_text} in the file: more than this box can edit (numbers up to {LARGEST:,.0f}, with up to {MOST_DECIMALS} decimals). It is kept as it is; change it in the file itself.</source>
        <extracomment>why a value is shown read-only (the box cannot hold it), under the box</extracomment>
        <translation>{label} vaut {fixed_text} dans le fichier : plus que ce champ ne peut modifier (nombres jusqu&apos;à {LARGEST:,.0f}, avec au plus {MOST_DECIMALS} décimales). La valeur est conservée telle quelle ; modifiez-la directement dans le fichier.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Set {label} to &apos;not set&apos;</source>
        <translation>Mettre {label} sur « non défini »</translation>
    </message>
    <message>
        <source>Clear {label}</source>
        <translation>Effacer {label}</translation>
    </message>
    <message>
        <source>Sets {label} to not set</source>
        <translation>Met {label} sur non défini</translation>
    </message>
    <message>
        <source>Ticked: {names}</source>
        <translation>Coché : {names}</translation>
    </message>
    <message>
        <source>None ticked</source>
        <translation>Rien de coché</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Retirer l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected entry up</source>
        <translation>Monter l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected entry down</source>
        <translation>Descendre l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a row at the end</source>
        <translation>Ajouter une ligne à la fin</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Retirer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>The Names of the last playbook snapshot asked about: a table paints many cells of one snapshot, and snapshots are never changed in place (a new one is a new object). kind -&gt; (the list the choices were made from, the choices). Lists are never changed in place (see playbooks.format.paths), so the same list object means the same choices.</extracomment>
        <translation>non défini</translation>
    </message>
    <message>
        <source>{reason}. {label} is still {shown}.</source>
        <translation>{reason}. {label} reste {shown}.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a number</source>
        <translation>« {typed} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Saisissez un nombre</translation>
    </message>
</context>
<context>
    <name>FileSession</name>
    <message>
        <source>{path}: this spoke cannot be shown: {unresolved_reason}</source>
        <extracomment>How long a save waits for a command that is writing the same file (a sign-off takes well under a second). sync clients&apos; conflict copies of the file beside it (see :mod:`playbooks.audit.copies`) the unresolved conflicts a merge listed at the top of the file: (line, conflict) whether the file is in a git work tree (its earlier versions can be compared with)</extracomment>
        <translation>{path} : ce spoke ne peut pas être affiché : {unresolved_reason}</translation>
    </message>
    <message>
        <source>Opening {name}...</source>
        <extracomment>this run&apos;s part of recovery copy names (two windows on one file keep separate copies) the digest of the file as this session last read or wrote it (&apos;&apos; for none) whether the open file is in a git work tree (found while it was read, never on the GUI thread)</extracomment>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>Opened in {value:.0f} ms</source>
        <translation>Ouvert en {value:.0f} ms</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Charter and cannot be opened here.

{error}</source>
        <translation>{name} a été écrit par une version plus récente de Charter et ne peut pas être ouvert ici.

{error}</translation>
    </message>
    <message>
        <source>

(and {value} more problems; run &apos;charter validate&apos; for all)</source>
        <translation>

(et {value} autres problèmes ; « charter validate » les affiche tous)</translation>
    </message>
    <message>
        <source>opening {path}</source>
        <translation>l&apos;ouverture de {path}</translation>
    </message>
    <message>
        <source>{name} has a damaged lock file ({damaged}) that Charter cannot remove: {one_line}. Remove it by hand to save changes.

Open it read-only, or edit it anyway?</source>
        <translation>{name} a un fichier de verrou endommagé ({damaged}) que Charter ne peut pas supprimer : {one_line}. Supprimez-le à la main pour pouvoir enregistrer des modifications.

L&apos;ouvrir en lecture seule ou le modifier quand même ?</translation>
    </message>
    <message>
        <source>{name} is already open in Charter by {describe}.

Open it read-only, or edit it anyway (changes saved by both will overwrite each other)?</source>
        <translation>{name} est déjà ouvert dans Charter par {describe}.

L&apos;ouvrir en lecture seule ou le modifier quand même (les modifications enregistrées de part et d&apos;autre s&apos;écraseront) ?</translation>
    </message>
    <message>
        <source>Playbook in use</source>
        <translation>Playbook en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Edit anyway</source>
        <translation>Modifier quand même</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Nouveau playbook</translation>
    </message>
    <message>
        <source>Start from a starter (you can change everything afterwards):</source>
        <translation>Partir d&apos;un modèle (vous pourrez tout modifier ensuite) :</translation>
    </message>
    <message>
        <source>The starter &apos;{name}&apos; cannot be loaded: {exc}</source>
        <translation>Le modèle « {name} » ne peut pas être chargé : {exc}</translation>
    </message>
    <message>
        <source>the {starter_title} starter</source>
        <translation>modèle « {starter_title} »</translation>
    </message>
    <message>
        <source>New playbook from the {starter_title} starter</source>
        <translation>Nouveau playbook à partir du modèle « {starter_title} »</translation>
    </message>
    <message>
        <source>This playbook is open read-only; use Save As to keep a copy.</source>
        <translation>Ce playbook est ouvert en lecture seule ; utilisez « Enregistrer sous » pour en garder une copie.</translation>
    </message>
    <message>
        <source>{name} is open in Charter by {describe}; choose another name.</source>
        <translation>{name} est ouvert dans Charter par {describe} ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{exc}. Your changes stay open here; Save As keeps them in another file.</source>
        <translation>{exc}. Vos modifications restent ouvertes ici ; « Enregistrer sous » les conserve dans un autre fichier.</translation>
    </message>
    <message>
        <source>{path}: could not be saved ({value})</source>
        <translation>{path} : impossible d&apos;enregistrer ({value})</translation>
    </message>
    <message>
        <source>Saved {display_name}</source>
        <translation>{display_name} enregistré</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Enregistrer quand même ?</translation>
    </message>
    <message>
        <source>{name} {reason}.

Save your version all the same?</source>
        <translation>{name} {reason}.

Enregistrer quand même votre version ?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>{name} was changed outside this window since you opened it (a sign-off or another editor). Replace it with your version? The file as it is now is kept as .bak.</source>
        <translation>{name} a été modifié en dehors de cette fenêtre depuis son ouverture (par une validation ou un autre éditeur). Le remplacer par votre version ? Le fichier dans son état actuel est conservé en .bak.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to {display_name}?</source>
        <translation>Abandonner vos modifications non enregistrées de {display_name} ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Reloading {name}...</source>
        <translation>Rechargement de {name}…</translation>
    </message>
    <message>
        <source>{name} was not reloaded: you changed the playbook while it was being read. Your version stays open; use File &gt; Revert to Saved to reload it.</source>
        <translation>{name} n&apos;a pas été rechargé : vous avez modifié le playbook pendant sa lecture. Votre version reste ouverte ; utilisez Fichier &gt; Revenir à la version enregistrée pour le recharger.</translation>
    </message>
    <message>
        <source>Reloaded {name}</source>
        <translation>{name} rechargé</translation>
    </message>
    <message>
        <source>reloading {path}</source>
        <translation>le rechargement de {path}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to {display_name}?</source>
        <translation>Enregistrer les modifications de {display_name} ?</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Fichier supprimé</translation>
    </message>
    <message>
        <source>{name} was removed or renamed outside Charter. Your copy stays open; save it to write it back.</source>
        <translation>{name} a été supprimé ou renommé en dehors de Charter. Votre copie reste ouverte ; enregistrez-la pour le réécrire.</translation>
    </message>
    <message>
        <source> Reloading discards your unsaved changes.</source>
        <translation> Le rechargement abandonne vos modifications non enregistrées.</translation>
    </message>
    <message>
        <source>{name} was changed outside Charter.{extra}

Reload it from disk, or keep the version shown?</source>
        <translation>{name} a été modifié en dehors de Charter.{extra}

Le recharger depuis le disque ou conserver la version affichée ?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conserver la mienne</translation>
    </message>
    <message>
        <source>Unsaved changes kept in the recovery area</source>
        <translation>Modifications non enregistrées conservées dans la zone de récupération</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Charter was not closed properly. Unsaved changes were kept:

{describe}

Restore them? (Nothing has been written to your file.)</source>
        <translation>Charter n&apos;a pas été fermé correctement. Des modifications non enregistrées ont été conservées :

{describe}

Les restaurer ? (Rien n&apos;a été écrit dans votre fichier.)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read ({exc}); it was kept.</source>
        <translation>La copie de récupération ne peut pas être lue ({exc}) ; elle a été conservée.</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Find in playbook (all text)</source>
        <translation>Rechercher dans le playbook (tout le texte)</translation>
    </message>
    <message>
        <source>Find in playbook</source>
        <translation>Rechercher dans le playbook</translation>
    </message>
    <message>
        <source>Text to find in every field of the playbook; results are listed below</source>
        <translation>Texte à rechercher dans tous les champs du playbook ; les résultats s&apos;affichent ci-dessous</translation>
    </message>
    <message>
        <source>Find results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>The fields that contain the text, by section; Enter goes to one</source>
        <translation>Les champs qui contiennent le texte, par section ; Entrée ouvre l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <source>Search failed: {exc}</source>
        <translation>La recherche a échoué : {exc}</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>Constats acceptés</translation>
    </message>
    <message numerus="yes">
        <source> (first %n)</source>
        <translation>
            <numerusform> (les %n premiers)</numerusform>
            <numerusform> (les %n premiers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>{title}:</source>
        <translation>{title} :</translation>
    </message>
    <message>
        <source>One row per {noun}; the form below the table shows every field of the selected row.</source>
        <translation>Une ligne par {noun} ; le formulaire sous le tableau affiche tous les champs de la ligne sélectionnée.</translation>
    </message>
    <message>
        <source>Select a {noun} to see all its fields, or add one.</source>
        <translation>Sélectionnez une ligne ({noun}) pour voir tous ses champs, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a {noun}</source>
        <translation>Ajouter : {noun}</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected row</source>
        <translation>Dupliquer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>Supprimer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>Monter la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>Descendre la ligne sélectionnée</translation>
    </message>
    <message>
        <source>{text} ({title})</source>
        <translation>{text} ({title})</translation>
    </message>
    <message>
        <source>Cannot delete: {reason}</source>
        <translation>Suppression impossible : {reason}</translation>
    </message>
    <message>
        <source>Selected {noun}</source>
        <translation>Sélection : {noun}</translation>
    </message>
    <message>
        <source>Row {value}, not applied: {message}</source>
        <extracomment>The summary columns of each item class; other classes show their first compact fields.</extracomment>
        <translation>Ligne {value}, non appliqué : {message}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <extracomment>The window&apos;s size at its first start, where the screen has room for it. Room kept around the window for the frame the window manager adds (title bar, borders). Actions that need an open playbook. the open file: opening, saving, reverting, its lock, watcher and recovery copy (hub file, its spokes) as found by a worker; see _related_files() the banner&apos;s words about a new playbook&apos;s to-do list (&apos;&apos; : none; see show_todo)</extracomment>
        <translation>Sections</translation>
    </message>
    <message>
        <source>The sections of the playbook, and its spokes or hub; Enter opens one</source>
        <translation>Les sections du playbook, et ses spokes ou son hub ; Entrée ouvre l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>To Do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>&amp;New from starter...</source>
        <translation>&amp;Nouveau à partir d&apos;un modèle…</translation>
    </message>
    <message>
        <source>Start a new playbook from a starter</source>
        <translation>Commencer un nouveau playbook à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a playbook file</source>
        <translation>Ouvrir un fichier playbook</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the playbook</source>
        <translation>Enregistrer le playbook</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the playbook under a new name</source>
        <translation>Enregistrer le playbook sous un nouveau nom</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard unsaved changes and reload the file</source>
        <translation>Abandonner les modifications non enregistrées et recharger le fichier</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the playbook</source>
        <translation>Fermer le playbook</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Your name, role, theme and autosave</source>
        <translation>Votre nom, votre fonction, le thème et l&apos;enregistrement automatique</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Charter (asks about unsaved changes)</source>
        <translation>Fermer Charter (demande quoi faire des modifications non enregistrées)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Keys from Qt::Key_Back on are the media keys of special keyboards (&quot;Save&quot;, &quot;Find&quot;, &quot;Forward&quot;): the standard shortcuts include them, a person reading the list looks for Ctrl+S.</extracomment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Search all text of the playbook</source>
        <translation>Rechercher dans tout le texte du playbook</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>Vé&amp;rifier maintenant</translation>
    </message>
    <message>
        <source>Run the structural and governance checks</source>
        <translation>Lancer les contrôles de structure et de gouvernance</translation>
    </message>
    <message>
        <source>Next &amp;Section</source>
        <translation>Section &amp;suivante</translation>
    </message>
    <message>
        <source>Show the next section</source>
        <translation>Afficher la section suivante</translation>
    </message>
    <message>
        <source>Previous S&amp;ection</source>
        <translation>Section &amp;précédente</translation>
    </message>
    <message>
        <source>Show the previous section</source>
        <translation>Afficher la section précédente</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Volet s&amp;uivant</translation>
    </message>
    <message>
        <source>Move the focus to the next pane</source>
        <translation>Passer au volet suivant</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>Volet pré&amp;cédent</translation>
    </message>
    <message>
        <source>Move the focus back a pane</source>
        <translation>Revenir au volet précédent</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Problème s&amp;uivant</translation>
    </message>
    <message>
        <source>Go to the next problem</source>
        <translation>Aller au problème suivant</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the editor</source>
        <translation>Tous les raccourcis clavier de l&apos;éditeur</translation>
    </message>
    <message>
        <source>&amp;About Charter</source>
        <translation>À &amp;propos de Charter</translation>
    </message>
    <message>
        <source>The version, and where the logs are</source>
        <translation>La version, et l&apos;emplacement des journaux</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Open the folder of Charter&apos;s log files</source>
        <translation>Ouvrir le dossier des fichiers journaux de Charter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blèmes</translation>
    </message>
    <message>
        <source>&amp;To Do</source>
        <translation>À &amp;faire</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>Rec&amp;herche</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Histori&amp;que</translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation>&amp;Playbook</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Opening {name}...</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>No editor for {field}</source>
        <translation>Aucun éditeur pour {field}</translation>
    </message>
    <message>
        <source>The problems the checks found, with the readiness scorecard</source>
        <extracomment>what each dock holds, for the tabs of docks that share a place (a screen reader reads them)</extracomment>
        <translation>Les problèmes trouvés par les contrôles, avec le tableau de maturité</translation>
    </message>
    <message>
        <source>The steps a new playbook leaves to fill in, and what each means</source>
        <translation>Les étapes qu&apos;un nouveau playbook laisse à compléter, et ce que chacune signifie</translation>
    </message>
    <message>
        <source>The section or the whole policy as it will read when exported</source>
        <translation>La section ou toute la politique telle qu&apos;elle se lira une fois exportée</translation>
    </message>
    <message>
        <source>Every change since the playbook was opened; select one to go back to it</source>
        <translation>Chaque modification depuis l&apos;ouverture du playbook ; sélectionnez-en une pour y revenir</translation>
    </message>
    <message>
        <source>A new playbook from {source}. A starter cannot know your people and processes: the &lt;b&gt;To Do&lt;/b&gt; list says what only you can fill in, and what each step means (the errors in Problems are these gaps).</source>
        <translation>Un nouveau playbook créé à partir du {source}. Un modèle ne peut pas connaître vos équipes ni vos processus : la liste &lt;b&gt;À faire&lt;/b&gt; indique ce que vous seul pouvez compléter, et ce que signifie chaque étape (les erreurs de « Problèmes » sont ces lacunes).</translation>
    </message>
    <message>
        <source>About Charter</source>
        <translation>À propos de Charter</translation>
    </message>
    <message>
        <source>{path}
Double-click or press Enter to open</source>
        <translation>{path}
Double-cliquez ou appuyez sur Entrée pour l&apos;ouvrir</translation>
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
        <translation>Ceci est un spoke régional de &lt;b&gt;{hub}&lt;/b&gt;. Cette page montre son playbook effectif (ce que la région hérite du hub, avec les modifications de la région) et ne peut pas être modifiée ici. Pour changer ce que fait votre région, adaptez le spoke : les valeurs du hub à côté des vôtres, ce que le hub autorise, et une justification pour chaque modification.</translation>
    </message>
    <message>
        <source>This playbook is open &lt;b&gt;read-only&lt;/b&gt;. Use Save As to keep an editable copy.</source>
        <translation>Ce playbook est ouvert en &lt;b&gt;lecture seule&lt;/b&gt;. Utilisez « Enregistrer sous » pour en garder une copie modifiable.</translation>
    </message>
    <message>
        <source>&amp;Tailor This Spoke…</source>
        <extracomment>the banner&apos;s button per action: (text, accessible description)</extracomment>
        <translation>&amp;Adapter ce spoke…</translation>
    </message>
    <message>
        <source>Open the tailoring view of this spoke: change what the hub allows, with a rationale</source>
        <translation>Ouvrir la vue d&apos;adaptation de ce spoke : modifier ce que le hub autorise, avec une justification</translation>
    </message>
    <message>
        <source>Show the To &amp;Do List</source>
        <translation>Afficher la liste À &amp;faire</translation>
    </message>
    <message>
        <source>The steps this new playbook leaves to you, and what each means</source>
        <translation>Les étapes que ce nouveau playbook vous laisse, et ce que chacune signifie</translation>
    </message>
    <message>
        <source>{name}[*] (read-only) — Charter</source>
        <translation>{name}[*] (lecture seule) — Charter</translation>
    </message>
    <message>
        <source>{name}[*] — Charter</source>
        <translation>{name}[*] — Charter</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>{errors}, {warnings}</source>
        <translation>{errors}, {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness {score}/100 (weakest area) · {counts}</source>
        <translation>Maturité {score}/100 (domaine le plus faible) · {counts}</translation>
    </message>
    <message>
        <source>No recent playbooks</source>
        <translation>Aucun playbook récent</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>the PDF could not be started (Qt&apos;s PDF writer refused)</source>
        <extracomment>Page margins in millimetres: top, right, bottom, left. The paper sizes of :data:`playbooks.io.config.PAPER_SIZES`. OpenType features that join letters into one glyph: Qt maps such a glyph back to a ligature character (U+FB01 &quot;ﬁ&quot;), so a reader extracting or searching the text would not find &quot;fi&quot;. Scales tried, in order, to fit a one-page document (the crisis card) on one page. The fonts the templates name first; any other installed font is Qt&apos;s fallback. Character -&gt; whether an installed font draws it (fonts do not change while Charter runs).</extracomment>
        <translation>le PDF n&apos;a pas pu être commencé (le générateur PDF de Qt a refusé)</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Paramètre du système</translation>
    </message>
    <message>
        <source>A new language applies when Charter next starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Charter.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Unsaved changes are copied to the recovery area this long after the last change.</source>
        <translation>Les modifications non enregistrées sont copiées dans la zone de récupération ce délai après la dernière modification.</translation>
    </message>
    <message>
        <source>e.g. Dana Whitfield</source>
        <translation>p. ex. Dana Whitfield</translation>
    </message>
    <message>
        <source>e.g. Chief Compliance Officer</source>
        <translation>p. ex. Chief Compliance Officer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The language of the editor; the system&apos;s unless you choose one</source>
        <translation>La langue de l&apos;éditeur ; celle du système si vous n&apos;en choisissez pas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system</source>
        <translation>Couleurs claires ou sombres, ou celles du système</translation>
    </message>
    <message>
        <source>Autosave after</source>
        <translation>Enregistrement automatique après</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>Enregistrement &amp;automatique après :</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Your full name, proposed when you sign off or record a change</source>
        <translation>Votre nom complet, proposé lors d&apos;une validation ou de la consignation d&apos;une modification</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre fonction</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Votre &amp;fonction :</translation>
    </message>
    <message>
        <source>Your role, proposed when you sign off</source>
        <translation>Votre fonction, proposée lors d&apos;une validation</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Re&amp;cent files:</source>
        <translation>Fichiers &amp;récents :</translation>
    </message>
    <message>
        <source>How many recent playbooks the File menu and the welcome page list</source>
        <translation>Nombre de playbooks récents listés dans le menu Fichier et sur la page d&apos;accueil</translation>
    </message>
    <message>
        <source>Keep these preferences</source>
        <translation>Conserver ces préférences</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>&lt;span style=&quot;color:#888&quot;&gt;not set&lt;/span&gt;</source>
        <extracomment>A preview shows at most this many items per list, and this much HTML: a rich-text view laying out 10,000 rules would freeze the window, and nobody reads them in a side panel.</extracomment>
        <translation>&lt;span style=&quot;color:#888&quot;&gt;non défini&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;i&gt;... and {more} more&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;i&gt;… et {more} autres&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;... and {value} more (the export shows them all).&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;… et {value} autres (l&apos;export les affiche tous).&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>Constats acceptés</translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;p&gt;&lt;i&gt;The preview stops here; the playbook is long. Export it to read the whole policy.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;hr&gt;&lt;p&gt;&lt;i&gt;L&apos;aperçu s&apos;arrête ici ; le playbook est long. Exportez-le pour lire toute la politique.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source>Preview of</source>
        <translation>Aperçu de</translation>
    </message>
    <message>
        <source>Preview the section on screen, or the whole policy document</source>
        <translation>Prévisualiser la section à l&apos;écran, ou tout le document de politique</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>Cette section</translation>
    </message>
    <message>
        <source>Whole policy</source>
        <translation>Toute la politique</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The section or the policy as it will read in the exported document</source>
        <translation>La section ou la politique telle qu&apos;elle se lira dans le document exporté</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#888&apos;&gt;No playbook open.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#888&apos;&gt;Aucun playbook ouvert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The preview could not be rendered: {error}&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;aperçu n&apos;a pas pu être généré : {error}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Structure</source>
        <extracomment>per finding: its place in words (:func:`places`) and its area, worked out in the worker so that showing 1,000 findings costs the GUI thread no model walks (empty: not worked out)</extracomment>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>How a severity reads in the panel.</extracomment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>{severity} (waived)</source>
        <translation>{severity} (dérogation accordée)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>Dérogation accordée : {reason}</translation>
    </message>
    <message>
        <source>(whole playbook)</source>
        <translation>(playbook entier)</translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation>Champ : {field}</translation>
    </message>
    <message>
        <source>No playbook open</source>
        <extracomment>the longest pause in typing before the checks run again. After each run the pause becomes half that run&apos;s time, up to this: a small playbook is checked at once (its check costs less than a keystroke), a big one waits for a pause in typing. Edits made while a check runs wait for it and are checked together (one check at a time), so even a short pause never queues a check per keystroke. (scores at the last sign-off, or None; what &quot;since&quot; means, &apos;&apos; for no trend): see set_trend</extracomment>
        <translation>Aucun playbook ouvert</translation>
    </message>
    <message>
        <source>Show severity</source>
        <translation>Afficher la gravité</translation>
    </message>
    <message>
        <source>List the problems of one severity only, or all</source>
        <translation>Lister les problèmes d&apos;une seule gravité, ou tous</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Show area</source>
        <translation>Afficher le domaine</translation>
    </message>
    <message>
        <source>List the problems of one scorecard area only, or all</source>
        <translation>Lister les problèmes d&apos;un seul domaine du tableau de maturité, ou tous</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>The problems found; Enter goes to the field of the selected one</source>
        <translation>Les problèmes trouvés ; Entrée ouvre le champ du problème sélectionné</translation>
    </message>
    <message>
        <source>Selected problem</source>
        <translation>Problème sélectionné</translation>
    </message>
    <message>
        <source>&amp;Go to Field</source>
        <translation>&amp;Aller au champ</translation>
    </message>
    <message>
        <source>Show the field of the selected problem</source>
        <translation>Afficher le champ du problème sélectionné</translation>
    </message>
    <message>
        <source>E&amp;xplain…</source>
        <translation>E&amp;xpliquer…</translation>
    </message>
    <message>
        <source>Why the check exists, its sources and the presets behind it</source>
        <translation>Pourquoi ce contrôle existe, ses sources et les référentiels qui le fondent</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <source>up {points}</source>
        <translation>en hausse de {points}</translation>
    </message>
    <message>
        <source>down {points}</source>
        <translation>en baisse de {points}</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Change since {since}: not known (the approved version was never open in Charter here)</source>
        <translation>Évolution depuis {since} : inconnue (la version approuvée n&apos;a jamais été ouverte dans Charter ici)</translation>
    </message>
    <message>
        <source>Change since {since}</source>
        <translation>Évolution depuis {since}</translation>
    </message>
    <message>
        <source>No change since {since}</source>
        <translation>Aucune évolution depuis {since}</translation>
    </message>
    <message>
        <source>Scores per area, 0-100: strong from 85, fair from 60, weak below</source>
        <translation>Scores par domaine, 0-100 : solide à partir de 85, correct à partir de 60, faible en dessous</translation>
    </message>
    <message>
        <source>Readiness scorecard</source>
        <translation>Tableau de maturité</translation>
    </message>
    <message>
        <source>The checks could not run</source>
        <translation>Les contrôles n&apos;ont pas pu s&apos;exécuter</translation>
    </message>
    <message>
        <source>checking the playbook</source>
        <translation>la vérification du playbook</translation>
    </message>
    <message>
        <source>Select a problem to read it in full.</source>
        <translation>Sélectionnez un problème pour le lire en entier.</translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation>Aller au champ</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Dates and review</source>
        <translation>Dates et révision</translation>
    </message>
    <message>
        <source>Ownership and distribution</source>
        <translation>Responsabilité et diffusion</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Qui et où</translation>
    </message>
    <message>
        <source>Audience first</source>
        <translation>Le public d&apos;abord</translation>
    </message>
    <message>
        <source>Organisation model</source>
        <translation>Modèle d&apos;organisation</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Community moderation</source>
        <translation>Modération de la communauté</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Evidence and remediation</source>
        <translation>Preuves et remédiation</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivage</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Transparence</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Why and how we measure</source>
        <translation>Pourquoi et comment nous mesurons</translation>
    </message>
    <message>
        <source>Consequences and reporting</source>
        <translation>Sanctions et signalement</translation>
    </message>
    <message>
        <source>Keeping the playbook current</source>
        <translation>Tenir le playbook à jour</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <extracomment>The extra page for the playbook&apos;s top-level waiver list (not a section of the document).</extracomment>
        <translation>Constats acceptés</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous field or control (tables and lists included: Tab leaves them)</source>
        <translation>Passer au champ ou à la commande suivante ou précédente (tableaux et listes compris : Tab en sort)</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <source>Press a button or open a menu by its access key</source>
        <translation>Actionner un bouton ou ouvrir un menu par sa touche d&apos;accès</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>In the problems list: go to the field of the selected problem</source>
        <translation>Dans la liste des problèmes : aller au champ du problème sélectionné</translation>
    </message>
    <message>
        <source>F2, Enter</source>
        <translation>F2, Entrée</translation>
    </message>
    <message>
        <source>In a table: edit the selected cell (Enter applies it, Escape cancels it)</source>
        <translation>Dans un tableau : modifier la cellule sélectionnée (Entrée l&apos;applique, Échap l&apos;annule)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Tick or untick the selected option of a check list, or press the focused button</source>
        <translation>Cocher ou décocher l&apos;option sélectionnée d&apos;une liste à cocher, ou actionner le bouton qui a le focus</translation>
    </message>
    <message>
        <source>Ctrl+Z in a field</source>
        <translation>Ctrl+Z dans un champ</translation>
    </message>
    <message>
        <source>Undo through the playbook&apos;s history (not only the field&apos;s typing)</source>
        <translation>Annuler dans l&apos;historique du playbook (pas seulement la saisie du champ)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>F6 and Shift+F6 move between the panes; every menu item also has an access key.</source>
        <translation>F6 et Maj+F6 passent d&apos;un volet à l&apos;autre ; chaque élément de menu a aussi une touche d&apos;accès.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Each row: the keys, and what they do</source>
        <translation>Chaque ligne : les touches, et ce qu&apos;elles font</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Tick to give an expiry date; unticked, it does not expire</source>
        <translation>Cocher pour fixer une date d&apos;expiration ; non coché, elle n&apos;expire pas</translation>
    </message>
    <message>
        <source>The date it expires (when Expires is ticked)</source>
        <translation>La date d&apos;expiration (quand « Expire » est coché)</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Sign off &lt;b&gt;{title}&lt;/b&gt;, version {version}. The sign-off records the content fingerprint: any later change shows as &lt;i&gt;Changed since approval&lt;/i&gt;.</source>
        <translation>Valider &lt;b&gt;{title}&lt;/b&gt;, version {version}. La validation enregistre l&apos;empreinte du contenu : toute modification ultérieure apparaît comme &lt;i&gt;Modifié depuis l&apos;approbation&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Someone outside this playbook</source>
        <translation>Une personne extérieure à ce playbook</translation>
    </message>
    <message>
        <source>Conditions, requested changes or remarks</source>
        <translation>Conditions, modifications demandées ou remarques</translation>
    </message>
    <message>
        <source>Keep {version}</source>
        <translation>Conserver {version}</translation>
    </message>
    <message>
        <source>Keep (no version)</source>
        <translation>Conserver (aucune version)</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeure</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Keep ({status})</source>
        <translation>Conserver ({status})</translation>
    </message>
    <message>
        <source>Currently</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation>Signé en tant que</translation>
    </message>
    <message>
        <source>The person or role of this playbook the approver signs as, if any</source>
        <translation>La personne ou la fonction de ce playbook au titre de laquelle l&apos;approbateur signe, le cas échéant</translation>
    </message>
    <message>
        <source>Approver name</source>
        <translation>Nom de l&apos;approbateur</translation>
    </message>
    <message>
        <source>Full name of the person signing off</source>
        <translation>Nom complet de la personne qui valide</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>The approver&apos;s role, e.g. Chief Compliance Officer</source>
        <translation>La fonction de l&apos;approbateur, p. ex. Chief Compliance Officer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Approved, approved with changes, or rejected</source>
        <translation>Approuvé, approuvé avec modifications, ou rejeté</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The date of the decision</source>
        <translation>La date de la décision</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Keep the version, or raise it for what is approved</source>
        <translation>Conserver la version, ou l&apos;augmenter pour ce qui est approuvé</translation>
    </message>
    <message>
        <source>Lifecycle status</source>
        <translation>Statut du cycle de vie</translation>
    </message>
    <message>
        <source>Keep the status, or move the playbook on (e.g. Approved)</source>
        <translation>Conserver le statut, ou faire avancer le playbook (p. ex. Approuvé)</translation>
    </message>
    <message>
        <source>Record the sign-off with the fingerprint of the current content</source>
        <translation>Enregistrer la validation avec l&apos;empreinte du contenu actuel</translation>
    </message>
    <message>
        <source>This playbook is open read-only; a sign-off cannot be recorded in it.</source>
        <translation>Ce playbook est ouvert en lecture seule ; aucune validation ne peut y être enregistrée.</translation>
    </message>
    <message>
        <source>Sign-off refused: {refusal}.</source>
        <translation>Validation refusée : {refusal}.</translation>
    </message>
    <message>
        <source>Sign off ({decision})</source>
        <translation>Validation ({decision})</translation>
    </message>
    <message>
        <source>Record change</source>
        <translation>Consigner une modification</translation>
    </message>
    <message>
        <source>Add an entry to the change log of version {version}. Charter proposes what changed since the last recorded version; say why.</source>
        <translation>Ajouter une entrée au journal des modifications de la version {version}. Charter propose ce qui a changé depuis la dernière version consignée ; indiquez pourquoi.</translation>
    </message>
    <message>
        <source>The reason for the change (a regulation, an incident, a review)</source>
        <translation>La raison de la modification (une réglementation, un incident, une revue)</translation>
    </message>
    <message>
        <source>Material change (needs re-approval and re-attestation)</source>
        <translation>Modification substantielle (nécessite une nouvelle approbation et une nouvelle attestation)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Who made the change</source>
        <translation>Qui a fait la modification</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>The change, in a sentence or two (proposed from your edits)</source>
        <translation>La modification, en une ou deux phrases (proposée à partir de vos saisies)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>The reason for the change</source>
        <translation>La raison de la modification</translation>
    </message>
    <message>
        <source>When the change was made</source>
        <translation>Date de la modification</translation>
    </message>
    <message>
        <source>A material change needs a new sign-off and a new attestation by staff</source>
        <translation>Une modification substantielle nécessite une nouvelle validation et une nouvelle attestation du personnel</translation>
    </message>
    <message>
        <source>This playbook is open read-only; the change log cannot be changed.</source>
        <translation>Ce playbook est ouvert en lecture seule ; le journal des modifications ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>l&apos;auteur</translation>
    </message>
    <message>
        <source>what changed</source>
        <translation>ce qui a changé</translation>
    </message>
    <message>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <source>Please fill in {fields}.</source>
        <translation>Veuillez renseigner {fields}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Set the playbook&apos;s version in Document control first: an entry records the version it produced.</source>
        <translation>Définissez d&apos;abord la version du playbook dans « Contrôle du document » : une entrée consigne la version qu&apos;elle a produite.</translation>
    </message>
    <message>
        <source>The entry cannot be recorded: {value}</source>
        <translation>L&apos;entrée ne peut pas être enregistrée : {value}</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>Set by your organisation: {locked_message}.</source>
        <translation>Défini par votre organisation : {locked_message}.</translation>
    </message>
    <message>
        <source>Charter uses the defaults instead (&apos;charter config&apos; shows them).</source>
        <translation>Charter utilise les valeurs par défaut à la place (« charter config » les affiche).</translation>
    </message>
    <message numerus="yes">
        <source>Site configuration: %n problem(s)</source>
        <translation>
            <numerusform>Configuration du site : %n problème</numerusform>
            <numerusform>Configuration du site : %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Site configuration</source>
        <translation>Configuration du site</translation>
    </message>
</context>
<context>
    <name>SyncMergeDialog</name>
    <message>
        <source>Keep this file&apos;s</source>
        <extracomment>The two choices of a conflict, in the order of the combo box.</extracomment>
        <translation>Garder la valeur de ce fichier</translation>
    </message>
    <message>
        <source>Take the copy&apos;s</source>
        <translation>Prendre la valeur de la copie</translation>
    </message>
    <message>
        <source>Merge a conflict copy</source>
        <translation>Fusionner une copie de conflit</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is a conflict copy of this playbook made by {service} ({detail}): someone saved the playbook elsewhere while it was being changed here.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; est une copie de conflit de ce playbook créée par {service} ({detail}) : quelqu&apos;un a enregistré le playbook ailleurs pendant qu&apos;il était modifié ici.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Ce fichier</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>La copie</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>The copy could not be merged: {exc}</source>
        <translation>La copie n&apos;a pas pu être fusionnée : {exc}</translation>
    </message>
    <message>
        <source>{path} (as opened)</source>
        <translation>{path} (tel qu&apos;ouvert)</translation>
    </message>
    <message>
        <source>The playbook was changed while this dialog was open, so the copy was merged again: check the choices below, then press Merge. </source>
        <translation>Le playbook a été modifié pendant que cette boîte de dialogue était ouverte ; la copie a donc été fusionnée à nouveau : vérifiez les choix ci-dessous, puis cliquez sur Fusionner. </translation>
    </message>
    <message numerus="yes">
        <source>Merged against {base}: edits made on one side only are taken as they are; the copy&apos;s own %n change(s) listed below are taken unless you keep this file&apos;s value (keep it where the copy only lacks an edit made here).</source>
        <translation>
            <numerusform>Fusion sur la base de {base} : les modifications faites d&apos;un seul côté sont reprises telles quelles ; la modification propre à la copie, listée ci-dessous, est reprise sauf si vous gardez la valeur de ce fichier (gardez-la là où il manque seulement à la copie une modification faite ici).</numerusform>
            <numerusform>Fusion sur la base de {base} : les modifications faites d&apos;un seul côté sont reprises telles quelles ; les %n modifications propres à la copie, listées ci-dessous, sont reprises sauf si vous gardez la valeur de ce fichier (gardez-la là où il manque seulement à la copie une modification faite ici).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged against {base}: edits made on one side only are taken as they are.</source>
        <translation>Fusion sur la base de {base} : les modifications faites d&apos;un seul côté sont reprises telles quelles.</translation>
    </message>
    <message>
        <source>No earlier version common to both is known (no backup or commit both started from): choose, for each difference, which value to keep.</source>
        <translation>Aucune version antérieure commune n&apos;est connue (aucune sauvegarde ni aucun commit dont les deux seraient partis) : choisissez, pour chaque différence, la valeur à garder.</translation>
    </message>
    <message numerus="yes">
        <source>Merging changes %n field(s) of the open playbook.</source>
        <translation>
            <numerusform>La fusion modifie %n champ du playbook ouvert.</numerusform>
            <numerusform>La fusion modifie %n champs du playbook ouvert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to decide below.</source>
        <translation>
            <numerusform>%n point à trancher ci-dessous.</numerusform>
            <numerusform>%n points à trancher ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>Rien à trancher.</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>The two versions together break the playbook: this file&apos;s version is kept</source>
        <translation>Les deux versions ensemble rendent le playbook invalide : la valeur de ce fichier est conservée</translation>
    </message>
    <message>
        <source>A spoke keeps this file&apos;s value here; the conflict is listed at the top of the file</source>
        <translation>Un spoke garde ici la valeur de ce fichier ; le conflit est listé en tête du fichier</translation>
    </message>
    <message>
        <source>This copy cannot be merged: {error}</source>
        <translation>Cette copie ne peut pas être fusionnée : {error}</translation>
    </message>
    <message>
        <source>merging a conflict copy</source>
        <translation>la fusion d&apos;une copie de conflit</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>Fusionner {name}</translation>
    </message>
    <message>
        <source>The merged spoke could not be saved: {exc}</source>
        <translation>Le spoke fusionné n&apos;a pas pu être enregistré : {exc}</translation>
    </message>
    <message>
        <source>Save the merged playbook</source>
        <translation>Enregistrer le playbook fusionné</translation>
    </message>
    <message>
        <source>The copy is merged into the open playbook. Save it now? {name} is moved aside only once the merge is saved; until then it stays where it is.</source>
        <translation>La copie est fusionnée dans le playbook ouvert. L&apos;enregistrer maintenant ? {name} n&apos;est mis de côté qu&apos;une fois la fusion enregistrée ; d&apos;ici là, il reste où il est.</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Enregistrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Move the conflict copy aside</source>
        <translation>Mettre la copie de conflit de côté</translation>
    </message>
    <message>
        <source>Move {name} into the &apos;{CONFLICTS_FOLDER}&apos; folder beside the playbook? It is kept there, not deleted.</source>
        <translation>Déplacer {name} dans le dossier « {CONFLICTS_FOLDER} » à côté du playbook ? Il y est conservé, pas supprimé.</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Laisser</translation>
    </message>
    <message>
        <source>{copy}: could not be moved ({value})</source>
        <translation>{copy} : impossible de déplacer ({value})</translation>
    </message>
</context>
<context>
    <name>TailoringTranslations</name>
    <message>
        <source>Current</source>
        <extracomment>The states a translation is shown in (column &quot;State&quot;).</extracomment>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Stale: the source changed since it was translated</source>
        <translation>Obsolète : la source a changé depuis la traduction</translation>
    </message>
    <message>
        <source>The spoke does not resolve against its hub</source>
        <translation>Le spoke ne se résout pas par rapport à son hub</translation>
    </message>
    <message>
        <source>Translate: {place}</source>
        <translation>Traduire : {place}</translation>
    </message>
    <message>
        <source>&amp;Language (BCP 47)</source>
        <translation>&amp;Langue (BCP 47)</translation>
    </message>
    <message>
        <source>&amp;Reviewed by</source>
        <translation>&amp;Relu par</translation>
    </message>
    <message>
        <source>needed: the hub locks {item}</source>
        <translation>requis : le hub verrouille {item}</translation>
    </message>
    <message>
        <source>only for a text the hub locks</source>
        <translation>uniquement pour un texte que le hub verrouille</translation>
    </message>
    <message>
        <source>&amp;Hub approval</source>
        <translation>Approbation du &amp;hub</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Write the translation beside the source text first.</source>
        <translation>Écrivez d&apos;abord la traduction à côté du texte source.</translation>
    </message>
    <message>
        <source>The hub locks {item}: a translation of it is what the region&apos;s staff read in its place. Name who at the hub approved it (Hub approval).</source>
        <translation>Le hub verrouille {item} : sa traduction est ce que le personnel de la région lit à sa place. Indiquez qui l’a approuvée au hub (Approbation du hub).</translation>
    </message>
    <message>
        <source>Translate into {language}: {place}</source>
        <translation>Traduire en {language} : {place}</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Source text (now)</source>
        <translation>Texte source (actuel)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Edit translation…</source>
        <translation>Mod&amp;ifier la traduction…</translation>
    </message>
    <message>
        <source>Reviewed: &amp;refresh</source>
        <translation>Relue : act&amp;ualiser</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>Retirer la traduction</translation>
    </message>
    <message>
        <source>This spoke has no translations. Select a text field on the Fields tab and choose Translate… to add one; exports in that language then use it.</source>
        <translation>Ce spoke n&apos;a aucune traduction. Sélectionnez un champ de texte dans l&apos;onglet Champs et choisissez Traduire… pour en ajouter une ; les exports dans cette langue l&apos;utilisent ensuite.</translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s); </source>
        <translation>
            <numerusform>%n traduction ; </numerusform>
            <numerusform>%n traductions ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review (the source changed, or the field is gone).</source>
        <translation>
            <numerusform>%n doit être relue (la source a changé, ou le champ n&apos;existe plus).</numerusform>
            <numerusform>%n doivent être relues (la source a changé, ou le champ n&apos;existe plus).</numerusform>
        </translation>
    </message>
    <message>
        <source>all current.</source>
        <translation>toutes à jour.</translation>
    </message>
    <message>
        <source>Select a text field on the Fields tab first.</source>
        <translation>Sélectionnez d&apos;abord un champ de texte dans l&apos;onglet Champs.</translation>
    </message>
    <message>
        <source>Select a translation first.</source>
        <translation>Sélectionnez d&apos;abord une traduction.</translation>
    </message>
    <message>
        <source>Reviewed translation into {language}: {path}</source>
        <translation>Traduction en {language} relue : {path}</translation>
    </message>
    <message>
        <source>Remove translation into {language}: {path}</source>
        <translation>Retirer la traduction en {language} : {path}</translation>
    </message>
    <message>
        <source>The spoke must resolve against its hub before its texts are translated.</source>
        <translation>Le spoke doit se résoudre par rapport à son hub avant que ses textes soient traduits.</translation>
    </message>
</context>
<context>
    <name>TailoringView</name>
    <message>
        <source>tightens</source>
        <extracomment>item role of a group node: a FieldRow of the keyed list item the group shows how long the value may rest before the decision on it is asked for (typing in a field) values at least this long get a tooltip with the whole text</extracomment>
        <translation>renforce</translation>
    </message>
    <message>
        <source>loosens</source>
        <translation>assouplit</translation>
    </message>
    <message>
        <source>refused: loosens a locked item</source>
        <translation>refusé : assouplit un élément verrouillé</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Change for this region</source>
        <translation>Modifier pour cette région</translation>
    </message>
    <message>
        <source>Hub value: {value}</source>
        <translation>Valeur du hub : {value}</translation>
    </message>
    <message>
        <source>Why this region departs from the hub (a local law, market, language)</source>
        <translation>Pourquoi cette région s&apos;écarte du hub (une loi locale, le marché, la langue)</translation>
    </message>
    <message>
        <source>Region value of {value}</source>
        <translation>Valeur régionale de {value}</translation>
    </message>
    <message>
        <source>Region value</source>
        <translation>Valeur régionale</translation>
    </message>
    <message>
        <source>Change {label}</source>
        <translation>Modifier {label}</translation>
    </message>
    <message>
        <source>Remove for this region</source>
        <translation>Retirer pour cette région</translation>
    </message>
    <message>
        <source>Remove &lt;b&gt;{name}&lt;/b&gt; from this region&apos;s playbook. The hub keeps it; other regions are not affected.</source>
        <translation>Retirer &lt;b&gt;{name}&lt;/b&gt; du playbook de cette région. Le hub le conserve ; les autres régions ne sont pas concernées.</translation>
    </message>
    <message>
        <source>Why the region does not use it (e.g. the platform is not used in the region)</source>
        <translation>Pourquoi la région ne l&apos;utilise pas (p. ex. la plateforme n&apos;est pas utilisée dans la région)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>Tailoring — {name}</source>
        <translation>Adaptation — {name}</translation>
    </message>
    <message>
        <source>Translations</source>
        <extracomment>the digest of the file as read (or last saved): a save over someone else&apos;s change asks first</extracomment>
        <translation>Traductions</translation>
    </message>
    <message>
        <source>Sectio&amp;n</source>
        <translation>Sectio&amp;n</translation>
    </message>
    <message>
        <source>&amp;Only fields this region changes</source>
        <translation>&amp;Seulement les champs que cette région modifie</translation>
    </message>
    <message>
        <source>locked by the hub (may only be tightened)</source>
        <translation>verrouillé par le hub (ne peut qu&apos;être renforcé)</translation>
    </message>
    <message>
        <source>&lt;b&gt;bold blue&lt;/b&gt;: changed for this region</source>
        <translation>&lt;b&gt;bleu gras&lt;/b&gt; : modifié pour cette région</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Hub value</source>
        <translation>Valeur du hub</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>&amp;Change for this region…</source>
        <translation>&amp;Modifier pour cette région…</translation>
    </message>
    <message>
        <source>Re&amp;vert to hub</source>
        <translation>Revenir à la valeur du &amp;hub</translation>
    </message>
    <message>
        <source>Re&amp;move item for this region…</source>
        <translation>Re&amp;tirer l&apos;élément pour cette région…</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>Tra&amp;duire…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Differences from hub</source>
        <translation>Écarts par rapport au hub</translation>
    </message>
    <message>
        <source>Revert to hub</source>
        <translation>Revenir à la valeur du hub</translation>
    </message>
    <message>
        <source>Hub item</source>
        <translation>Élément du hub</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Hub when tailored</source>
        <translation>Hub lors de l&apos;adaptation</translation>
    </message>
    <message>
        <source>Hub now</source>
        <translation>Hub actuel</translation>
    </message>
    <message>
        <source>This region</source>
        <translation>Cette région</translation>
    </message>
    <message>
        <source>Hub changed since you tailored</source>
        <translation>Hub modifié depuis l&apos;adaptation</translation>
    </message>
    <message>
        <source>Reviewed: acknowledge</source>
        <translation>Relu : prendre acte</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Tout prendre en compte</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Working out the change…</source>
        <translation>Calcul de la modification…</translation>
    </message>
    <message>
        <source>Sign off re&amp;gion…</source>
        <translation>&amp;Valider la région…</translation>
    </message>
    <message>
        <source>Record the regional approval of this spoke&apos;s effective playbook</source>
        <translation>Enregistrer l&apos;approbation régionale du playbook effectif de ce spoke</translation>
    </message>
    <message>
        <source>&amp;Save spoke</source>
        <translation>&amp;Enregistrer le spoke</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The spoke cannot be tailored until it resolves against its hub (see above).</source>
        <translation>Le spoke ne peut pas être adapté tant qu&apos;il ne se résout pas par rapport à son hub (voir ci-dessus).</translation>
    </message>
    <message>
        <source>{item} is not in this region&apos;s playbook; use Revert to hub to bring it back.</source>
        <translation>{item} ne figure pas dans le playbook de cette région ; utilisez « Revenir à la valeur du hub » pour le rétablir.</translation>
    </message>
    <message>
        <source>Select an item of a list (a channel, a rule, a record class) first.</source>
        <translation>Sélectionnez d&apos;abord un élément d&apos;une liste (un canal, une règle, une classe d&apos;archivage).</translation>
    </message>
    <message>
        <source>{label} has the hub&apos;s value; there is nothing to revert.</source>
        <translation>{label} a la valeur du hub ; il n&apos;y a rien à rétablir.</translation>
    </message>
    <message>
        <source>Revert to hub: {label}</source>
        <translation>Revenir à la valeur du hub : {label}</translation>
    </message>
    <message>
        <source>Select a difference made by a spoke change first.</source>
        <translation>Sélectionnez d&apos;abord un écart dû à une modification du spoke.</translation>
    </message>
    <message>
        <source>Revert to hub: {place}</source>
        <translation>Revenir à la valeur du hub : {place}</translation>
    </message>
    <message>
        <source>Acknowledge hub change: {where}</source>
        <translation>Prendre acte de la modification du hub : {where}</translation>
    </message>
    <message>
        <source>Acknowledge all hub changes</source>
        <translation>Prendre acte de toutes les modifications du hub</translation>
    </message>
    <message>
        <source>The spoke cannot be signed off until it resolves against its hub (see above).</source>
        <translation>Le spoke ne peut pas être validé tant qu&apos;il ne se résout pas par rapport à son hub (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Sign off region {region}</source>
        <translation>Valider la région {region}</translation>
    </message>
    <message>
        <source>Spoke changed on disk</source>
        <translation>Spoke modifié sur le disque</translation>
    </message>
    <message>
        <source>{name} was changed outside this window since you opened it. Replace it with your tailoring (the previous file is kept as .bak)?</source>
        <translation>{name} a été modifié en dehors de cette fenêtre depuis son ouverture. Le remplacer par votre adaptation (le fichier précédent est conservé en .bak) ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{exc}. Your tailoring stays open here.</source>
        <translation>{exc}. Votre adaptation reste ouverte ici.</translation>
    </message>
    <message>
        <source>{path}: the spoke could not be saved ({exc})</source>
        <translation>{path} : le spoke n&apos;a pas pu être enregistré ({exc})</translation>
    </message>
    <message>
        <source>Finishing the change, then closing…</source>
        <translation>Fin de la modification, puis fermeture…</translation>
    </message>
    <message>
        <source>Unsaved tailoring</source>
        <translation>Adaptation non enregistrée</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Enregistrer les modifications de {name} ?</translation>
    </message>
    <message>
        <source>The change could not be worked out (see the message).</source>
        <translation>La modification n&apos;a pas pu être calculée (voir le message).</translation>
    </message>
    <message>
        <source>tailoring the spoke</source>
        <translation>l&apos;adaptation du spoke</translation>
    </message>
    <message>
        <source>The region cannot be signed off yet: {reason}</source>
        <translation>La région ne peut pas encore être validée : {reason}</translation>
    </message>
    <message>
        <source>Sign off region ({approver})</source>
        <translation>Valider la région ({approver})</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>&lt;b&gt;Region:&lt;/b&gt; {region} &amp;nbsp; &lt;b&gt;Hub:&lt;/b&gt; {hub} ({hub_version}) &amp;nbsp; &lt;b&gt;Tailored against:&lt;/b&gt; v{tailored_against} &amp;nbsp; &lt;b&gt;Changes:&lt;/b&gt; {changes}</source>
        <translation>&lt;b&gt;Région :&lt;/b&gt; {region} &amp;nbsp; &lt;b&gt;Hub :&lt;/b&gt; {hub} ({hub_version}) &amp;nbsp; &lt;b&gt;Adapté par rapport à :&lt;/b&gt; v{tailored_against} &amp;nbsp; &lt;b&gt;Modifications :&lt;/b&gt; {changes}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>The spoke resolves against its hub with no spoke problems.</source>
        <translation>Le spoke se résout par rapport à son hub sans aucun problème.</translation>
    </message>
    <message>
        <source>Undo {text}</source>
        <translation>Annuler : {text}</translation>
    </message>
    <message>
        <source>Tailoring — {name}{star}</source>
        <translation>Adaptation — {name}{star}</translation>
    </message>
    <message>
        <source>Locked by the hub: this region may only tighten it</source>
        <translation>Verrouillé par le hub : cette région ne peut que le renforcer</translation>
    </message>
    <message>
        <source>{kind} ({verdict})</source>
        <translation>{kind} ({verdict})</translation>
    </message>
    <message>
        <source>(no rationale)</source>
        <translation>(aucune justification)</translation>
    </message>
    <message>
        <source>Differences from hub ({count})</source>
        <translation>Écarts par rapport au hub ({count})</translation>
    </message>
    <message>
        <source>Hub value changed</source>
        <translation>Valeur du hub modifiée</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>Élément modifié</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>Élément ajouté</translation>
    </message>
    <message>
        <source>Item removed</source>
        <translation>Élément supprimé</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>Double-click to see this item&apos;s fields, hub and region side by side</source>
        <translation>Double-cliquez pour voir les champs de cet élément, hub et région côte à côte</translation>
    </message>
    <message>
        <source>The hub cannot be read, so its changes cannot be listed.</source>
        <translation>Le hub ne peut pas être lu ; ses modifications ne peuvent donc pas être listées.</translation>
    </message>
    <message>
        <source>The hub has not changed since this region was tailored (version {current_version}).</source>
        <translation>Le hub n&apos;a pas changé depuis l&apos;adaptation de cette région (version {current_version}).</translation>
    </message>
    <message>
        <source>The hub moved from version {value} to {current_version}, but none of its items did. Acknowledge to record the new version.</source>
        <translation>Le hub est passé de la version {value} à la version {current_version}, mais aucun de ses éléments n&apos;a changé. Prenez-en acte pour enregistrer la nouvelle version.</translation>
    </message>
    <message>
        <source>The hub moved from version {value} to {current_version}. Review each item and acknowledge it; acknowledging records the hub&apos;s current value.</source>
        <translation>Le hub est passé de la version {value} à la version {current_version}. Examinez chaque élément et prenez-en acte ; la prise en compte enregistre la valeur actuelle du hub.</translation>
    </message>
    <message>
        <source>Hub changed since you tailored ({drifts})</source>
        <translation>Hub modifié depuis l&apos;adaptation ({drifts})</translation>
    </message>
    <message>
        <source>Select a field to see where its value comes from and what the hub allows.</source>
        <translation>Sélectionnez un champ pour voir d&apos;où vient sa valeur et ce que le hub autorise.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the region changed:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Ce que la région a modifié :&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <source>Needed before the playbook can be approved.</source>
        <extracomment>what a step&apos;s severity means for the playbook, in words (its icon says it to the eye)</extracomment>
        <translation>Nécessaire avant que le playbook puisse être approuvé.</translation>
    </message>
    <message>
        <source>Recommended.</source>
        <translation>Recommandé.</translation>
    </message>
    <message>
        <source>Worth doing.</source>
        <translation>Utile.</translation>
    </message>
    <message>
        <source>needed before the playbook can be approved</source>
        <extracomment>the same, as a short note after a step&apos;s title</extracomment>
        <translation>nécessaire avant l&apos;approbation</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <source>worth doing</source>
        <translation>utile</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>The steps left to complete this playbook; under each, the places it concerns. Enter goes to a place.</source>
        <translation>Les étapes qui restent pour compléter ce playbook ; sous chacune, les endroits concernés. Entrée ouvre un endroit.</translation>
    </message>
    <message>
        <source>What the step means</source>
        <translation>Ce que signifie l&apos;étape</translation>
    </message>
    <message numerus="yes">
        <source> (%n places)</source>
        <translation>
            <numerusform> (%n endroit)</numerusform>
            <numerusform> (%n endroits)</numerusform>
        </translation>
    </message>
    <message>
        <source>No playbook open</source>
        <translation>Aucun playbook ouvert</translation>
    </message>
    <message>
        <source>Nothing left to do: the checks find no gaps.</source>
        <translation>Plus rien à faire : les contrôles ne trouvent aucune lacune.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) left</source>
        <translation>
            <numerusform>%n étape restante</numerusform>
            <numerusform>%n étapes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them before the playbook can be approved</source>
        <translation>
            <numerusform>, dont %n avant que le playbook puisse être approuvé</numerusform>
            <numerusform>, dont %n avant que le playbook puisse être approuvé</numerusform>
        </translation>
    </message>
    <message>
        <source>. Select a step to see what it means; Enter on a place goes to its field.</source>
        <translation>. Sélectionnez une étape pour voir ce qu&apos;elle signifie ; Entrée sur un endroit ouvre son champ.</translation>
    </message>
    <message>
        <source>Here: {place}</source>
        <translation>Ici : {place}</translation>
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
        <translation>Playbooks de gouvernance des réseaux sociaux : rédiger, vérifier, valider et exporter.</translation>
    </message>
    <message>
        <source>Start a new playbook</source>
        <translation>Commencer un nouveau playbook</translation>
    </message>
    <message>
        <source>Starters</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>The starter a new playbook begins from; Enter creates it</source>
        <translation>Le modèle dont part un nouveau playbook ; Entrée le crée</translation>
    </message>
    <message>
        <source>&amp;Create from Starter</source>
        <translation>&amp;Créer à partir du modèle</translation>
    </message>
    <message>
        <source>A new playbook from the selected starter, in this window</source>
        <translation>Un nouveau playbook à partir du modèle sélectionné, dans cette fenêtre</translation>
    </message>
    <message>
        <source>New Playbook &amp;Wizard…</source>
        <translation>Nouveau playbook avec l&apos;&amp;assistant…</translation>
    </message>
    <message>
        <source>A hub and its regional spokes, step by step: starter, model, regions, people</source>
        <translation>Un hub et ses spokes régionaux, pas à pas : modèle, organisation, régions, personnes</translation>
    </message>
    <message>
        <source>&amp;Open a Playbook…</source>
        <translation>&amp;Ouvrir un playbook…</translation>
    </message>
    <message>
        <source>Choose a playbook file to open</source>
        <translation>Choisir un fichier playbook à ouvrir</translation>
    </message>
    <message>
        <source>Hub and spoke: the wizard writes the corporate hub and one spoke file per region, which regional managers then tailor.</source>
        <translation>Hub et spokes : l&apos;assistant écrit le hub du siège et un fichier spoke par région, que les responsables régionaux adaptent ensuite.</translation>
    </message>
    <message>
        <source>Recent playbooks</source>
        <translation>Playbooks récents</translation>
    </message>
    <message>
        <source>Playbooks opened before, newest first; Enter opens one</source>
        <translation>Playbooks déjà ouverts, les plus récents en premier ; Entrée ouvre l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open. You can also drop a playbook file on this window.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir. Vous pouvez aussi déposer un fichier playbook sur cette fenêtre.</translation>
    </message>
    <message>
        <source>No recent playbooks yet.</source>
        <translation>Aucun playbook récent pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Industry and regime</source>
        <translation>Secteur et régime</translation>
    </message>
    <message>
        <source>Start from the starter closest to your firm; its regulatory presets come with it.</source>
        <translation>Partez du modèle le plus proche de votre entreprise ; ses référentiels réglementaires l&apos;accompagnent.</translation>
    </message>
    <message>
        <source>The starter closest to your firm: its regulatory presets come with it</source>
        <translation>Le modèle le plus proche de votre entreprise : ses référentiels réglementaires l&apos;accompagnent</translation>
    </message>
    <message>
        <source>Starters</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Governance model</source>
        <translation>Modèle de gouvernance</translation>
    </message>
    <message>
        <source>How social media is organised. Hub and spoke is what most regulated firms choose.</source>
        <translation>L&apos;organisation des réseaux sociaux. La plupart des entreprises réglementées choisissent le modèle hub and spoke.</translation>
    </message>
    <message>
        <source>&amp;Audiences of your own:</source>
        <translation>&amp;Publics propres :</translation>
    </message>
    <message>
        <source>e.g. Volunteers, or Certified spokespeople</source>
        <translation>p. ex. Bénévoles, ou Porte-parole certifiés</translation>
    </message>
    <message>
        <source>The audience as your policy names it</source>
        <translation>Le public tel que votre politique le nomme</translation>
    </message>
    <message>
        <source>Audience name</source>
        <translation>Nom du public</translation>
    </message>
    <message>
        <source>The built-in audience it is a kind of: that audience&apos;s checks then bind it</source>
        <translation>Le public intégré dont il relève : les contrôles de ce public s&apos;appliquent alors à lui</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Compte comme</translation>
    </message>
    <message>
        <source>A group of its own</source>
        <translation>Un groupe à part</translation>
    </message>
    <message>
        <source>Add audience</source>
        <translation>Ajouter le public</translation>
    </message>
    <message>
        <source>Adds the audience to the policy&apos;s scope</source>
        <translation>Ajoute le public au champ d&apos;application de la politique</translation>
    </message>
    <message>
        <source>The audiences of your own the new playbook will define</source>
        <translation>Les publics propres que le nouveau playbook définira</translation>
    </message>
    <message>
        <source>Audiences of your own</source>
        <translation>Publics propres</translation>
    </message>
    <message>
        <source>Remove audience</source>
        <translation>Retirer le public</translation>
    </message>
    <message>
        <source>Removes the selected audience</source>
        <translation>Retire le public sélectionné</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already an audience.</source>
        <translation>« {name} » est déjà un public.</translation>
    </message>
    <message>
        <source>Scope: regions and audiences</source>
        <translation>Champ d&apos;application : régions et publics</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Ajouter :</translation>
    </message>
    <message>
        <source>Add the region {region}</source>
        <translation>Ajouter la région {region}</translation>
    </message>
    <message>
        <source>Adds {region} to the regions, as a spoke of the hub</source>
        <translation>Ajoute {region} aux régions, comme spoke du hub</translation>
    </message>
    <message>
        <source>&amp;Regions, one per line:</source>
        <translation>&amp;Régions, une par ligne :</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>One region, business unit or brand per line; each becomes a spoke file</source>
        <translation>Une région, une entité ou une marque par ligne ; chacune devient un fichier spoke</translation>
    </message>
    <message>
        <source>{label} needs at least one spoke: each region becomes a spoke file that tailors the hub (local laws, languages, contacts). Add the groups your policy names of its own.</source>
        <translation>{label} exige au moins un spoke : chaque région devient un fichier spoke qui adapte le hub (lois locales, langues, contacts). Ajoutez les groupes propres que votre politique nomme.</translation>
    </message>
    <message>
        <source>{label} has no spokes: leave the regions empty for a single playbook, or add regions to tailor it per region all the same. Add the groups your policy names of its own.</source>
        <translation>{label} n&apos;a pas de spokes : laissez les régions vides pour un playbook unique, ou ajoutez des régions pour l&apos;adapter malgré tout par région. Ajoutez les groupes propres que votre politique nomme.</translation>
    </message>
    <message>
        <source>Counts as {audience}</source>
        <translation>Compte comme {audience}</translation>
    </message>
    <message>
        <source>{name} (counts as {audience})</source>
        <translation>{name} (compte comme {audience})</translation>
    </message>
    <message>
        <source>The starter already defines: {names}.</source>
        <translation>Le modèle définit déjà : {names}.</translation>
    </message>
    <message>
        <source>The starter defines no audiences of its own.</source>
        <translation>Le modèle ne définit aucun public propre.</translation>
    </message>
    <message numerus="yes">
        <source>%n spoke(s) will be created: {regions}.</source>
        <translation>
            <numerusform>%n spoke sera créé : {regions}.</numerusform>
            <numerusform>%n spokes seront créés : {regions}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No regions yet.</source>
        <translation>Aucune région pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Two regions have the same name.</source>
        <translation>Deux régions portent le même nom.</translation>
    </message>
    <message>
        <source>{label} needs at least one region. Add one, or go Back and choose a model without spokes (organic, centralized or honeycomb).</source>
        <translation>{label} exige au moins une région. Ajoutez-en une, ou revenez en arrière et choisissez un modèle sans spokes (organique, centralisé ou en nid d&apos;abeilles).</translation>
    </message>
    <message>
        <source>Title, people and roles</source>
        <translation>Titre, personnes et fonctions</translation>
    </message>
    <message>
        <source>The owner is accountable for the playbook; the executive champion sponsors the programme (the first reason social media programmes fail is that no executive buys in).</source>
        <translation>Le responsable répond du playbook ; le sponsor de la direction porte le programme (la première cause d&apos;échec des programmes de réseaux sociaux est l&apos;absence d&apos;adhésion de la direction).</translation>
    </message>
    <message>
        <source>The title of the policy as staff will see it</source>
        <translation>Le titre de la politique tel que le personnel le verra</translation>
    </message>
    <message>
        <source>e.g. Acme Bank Social Media Policy</source>
        <translation>p. ex. Politique réseaux sociaux d&apos;Acme Bank</translation>
    </message>
    <message>
        <source>Full name of the person accountable for the playbook</source>
        <translation>Nom complet de la personne responsable du playbook</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Full name of the executive who sponsors the programme (optional)</source>
        <translation>Nom complet du dirigeant qui parraine le programme (facultatif)</translation>
    </message>
    <message>
        <source>Full name of the sponsoring executive</source>
        <translation>Nom complet du dirigeant sponsor</translation>
    </message>
    <message>
        <source>Offices, committees and teams the policy names instead of a person, one per line; owners, approvers, decision rights and crisis contacts may name them</source>
        <translation>Services, comités et équipes que la politique nomme à la place d&apos;une personne, un par ligne ; responsables, approbateurs, droits de décision et contacts de crise peuvent les nommer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Playbook title</source>
        <translation>Titre du playbook</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Executive champion</source>
        <translation>Sponsor de la direction</translation>
    </message>
    <message>
        <source>Roles, one per line</source>
        <translation>Fonctions, une par ligne</translation>
    </message>
    <message>
        <source>The starter already names: {names}. Add the offices and committees your policy names besides them (e.g. Ethics Committee).</source>
        <translation>Le modèle nomme déjà : {names}. Ajoutez les services et comités que votre politique nomme en plus (p. ex. Comité d&apos;éthique).</translation>
    </message>
    <message>
        <source>Add the offices and committees your policy names (e.g. Social Media Council, Privacy Officer).</source>
        <translation>Ajoutez les services et comités que votre politique nomme (p. ex. Conseil des réseaux sociaux, Délégué à la protection des données).</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>The hub and its spoke files are written into this folder; nothing is overwritten.</source>
        <translation>Le hub et ses fichiers spoke sont écrits dans ce dossier ; rien n&apos;est écrasé.</translation>
    </message>
    <message>
        <source>The folder the hub and its spoke files are written into</source>
        <translation>Le dossier dans lequel le hub et ses fichiers spoke sont écrits</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder for the new files</source>
        <translation>Choisir le dossier des nouveaux fichiers</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>The start of the file names; the spokes add their region to it</source>
        <translation>Le début des noms de fichier ; les spokes y ajoutent leur région</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers :</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{name} already exists in that folder.</source>
        <translation>{name} existe déjà dans ce dossier.</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Nouveau playbook</translation>
    </message>
    <message>
        <source>The playbook was not created: {exc}</source>
        <translation>Le playbook n&apos;a pas été créé : {exc}</translation>
    </message>
</context>
<context>
    <name>Workflows</name>
    <message>
        <source>Folder</source>
        <extracomment>the content the next change-log entry is proposed against (last recorded version) the scorecards of approved content read so far, by content fingerprint injectable for tests: opens an exported file or folder, chooses a folder</extracomment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>New Playbook &amp;Wizard…</source>
        <translation>Nouveau playbook avec l&apos;&amp;assistant…</translation>
    </message>
    <message>
        <source>Create a hub and its regional spokes step by step</source>
        <translation>Créer un hub et ses spokes régionaux pas à pas</translation>
    </message>
    <message>
        <source>New Spo&amp;ke…</source>
        <translation>Nouveau spo&amp;ke…</translation>
    </message>
    <message>
        <source>Start a regional spoke that tailors your organisation&apos;s hub</source>
        <translation>Commencer un spoke régional qui adapte le hub de votre organisation</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>Enregistrer une &amp;validation…</translation>
    </message>
    <message>
        <source>Record an approval of the current content</source>
        <translation>Enregistrer une approbation du contenu actuel</translation>
    </message>
    <message>
        <source>&amp;Record Change…</source>
        <translation>Consigner une &amp;modification…</translation>
    </message>
    <message>
        <source>Add an entry to the change log</source>
        <translation>Ajouter une entrée au journal des modifications</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <source>See what differs from another version</source>
        <translation>Voir ce qui diffère d&apos;une autre version</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write a policy document (Word, PDF, HTML, ...)</source>
        <translation>Écrire un document de politique (Word, PDF, HTML, …)</translation>
    </message>
    <message>
        <source>&amp;Tailoring View…</source>
        <translation>Vue d&apos;a&amp;daptation…</translation>
    </message>
    <message>
        <source>Tailor this regional spoke against its hub</source>
        <translation>Adapter ce spoke régional par rapport à son hub</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>the sign-off of {when} ({approver})</source>
        <translation>la validation du {when} ({approver})</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Nouveau playbook</translation>
    </message>
    <message>
        <source>Created, with problems to fix:
{summary}</source>
        <translation>Créé, avec des problèmes à corriger :
{summary}</translation>
    </message>
    <message>
        <source>the {starter_title} starter</source>
        <translation>modèle « {starter_title} »</translation>
    </message>
    <message numerus="yes">
        <source>Created {name} and %n spoke file(s)</source>
        <translation>
            <numerusform>{name} et %n fichier spoke créés</numerusform>
            <numerusform>{name} et %n fichiers spoke créés</numerusform>
        </translation>
    </message>
    <message>
        <source>New spoke</source>
        <translation>Nouveau spoke</translation>
    </message>
    <message>
        <source>Region, business unit or brand of the new spoke of {name}:</source>
        <translation>Région, entité ou marque du nouveau spoke de {name} :</translation>
    </message>
    <message>
        <source>New &apos;{region}&apos; spoke of {name}</source>
        <translation>Nouveau spoke « {region} » de {name}</translation>
    </message>
    <message>
        <source>Sign-off recorded (save to keep it)</source>
        <translation>Validation enregistrée (enregistrez pour la conserver)</translation>
    </message>
    <message>
        <source>Its hub</source>
        <translation>Son hub</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Un autre fichier…</translation>
    </message>
    <message>
        <source>An earlier version (git)…</source>
        <translation>Une version antérieure (git)…</translation>
    </message>
    <message>
        <source>Compare this region&apos;s effective playbook with its hub, or with another file?</source>
        <translation>Comparer le playbook effectif de cette région avec son hub, ou avec un autre fichier ?</translation>
    </message>
    <message>
        <source>Compare with another file?</source>
        <translation>Comparer avec un autre fichier ?</translation>
    </message>
    <message>
        <source>, or with an earlier version of this file in git?</source>
        <translation>, ou avec une version antérieure de ce fichier dans git ?</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>An earlier version</source>
        <translation>Une version antérieure</translation>
    </message>
    <message>
        <source> Merge them one at a time.</source>
        <translation> Fusionnez-les une par une.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n conflict copy(s) beside it, made by a sync client when the playbook was saved in two places at once:

{copies}

</source>
        <translation>
            <numerusform>{name} a %n copie de conflit à côté de lui, créée par un client de synchronisation lorsque le playbook a été enregistré à deux endroits à la fois :

{copies}

</numerusform>
            <numerusform>{name} a %n copies de conflit à côté de lui, créées par un client de synchronisation lorsque le playbook a été enregistré à deux endroits à la fois :

{copies}

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge it into this playbook now?</source>
        <translation>
            <numerusform>La fusionner maintenant dans ce playbook ?</numerusform>
            <numerusform>Fusionner maintenant la première dans ce playbook ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict copy found</source>
        <translation>Copie de conflit trouvée</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>This playbook is open read-only; the copy cannot be merged.</source>
        <translation>Ce playbook est ouvert en lecture seule ; la copie ne peut pas être fusionnée.</translation>
    </message>
    <message>
        <source>line {line}: {note}</source>
        <translation>ligne {line} : {note}</translation>
    </message>
    <message>
        <source>
  … and {value} more</source>
        <translation>
  … et {value} autres</translation>
    </message>
    <message>
        <source>Unresolved merge conflicts</source>
        <translation>Conflits de fusion non résolus</translation>
    </message>
    <message>
        <source>{name} was merged with conflicts. This file&apos;s (OURS&apos;s) value stands at each; check it, change what should differ, then save (saving removes the list from the top of the file):</source>
        <translation>{name} a été fusionné avec des conflits. La valeur de ce fichier (OURS) s&apos;applique à chacun ; vérifiez-la, modifiez ce qui doit différer, puis enregistrez (l&apos;enregistrement retire la liste en tête du fichier) :</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>Dérogation…</translation>
    </message>
    <message>
        <source>The playbook is open read-only.</source>
        <translation>Le playbook est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Accorder la dérogation</translation>
    </message>
</context>
</TS>
