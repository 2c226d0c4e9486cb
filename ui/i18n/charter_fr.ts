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
        <extracomment>The window&apos;s size at its first start, where the screen has room for it. Room kept around the window for the frame the window manager adds (title bar, borders). Actions that need an open playbook. the open file: opening, saving, reverting, its lock, watcher and recovery copy (hub file, its spokes) as found by the loading worker; see _related_files() the banner&apos;s words about a new playbook&apos;s to-do list (&apos;&apos; : none; see show_todo)</extracomment>
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
