<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Social media governance playbooks.</source>
        <translation>Playbooks de gobernanza de redes sociales.</translation>
    </message>
    <message>
        <source>No network access, no telemetry.</source>
        <translation>Sin acceso a la red, sin telemetría.</translation>
    </message>
    <message>
        <source>Logs: {log_file}</source>
        <translation>Registros: {log_file}</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Apply and close this dialog</source>
        <translation>Aplicar y cerrar este cuadro de diálogo</translation>
    </message>
    <message>
        <source>Close this dialog without changing anything</source>
        <translation>Cerrar este cuadro de diálogo sin cambiar nada</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>Pasar al paso siguiente</translation>
    </message>
    <message>
        <source>Write the files and open the new playbook</source>
        <translation>Escribir los archivos y abrir el nuevo playbook</translation>
    </message>
    <message>
        <source>Close the wizard without writing anything</source>
        <translation>Cerrar el asistente sin escribir nada</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>The content matches what was approved.</source>
        <extracomment>After an edit, the approval state is worked out in a worker once working it out took longer than this (seconds, the longest the GUI thread may be busy): it fingerprints the whole content, ~1 ms for the example hub but 0.3-1 s for 20,000 rules, which blocked the GUI thread on every keystroke in a large signed-off playbook (issue 22). the snapshot ``_state`` is of (None: no document, or not worked out yet) how long working out the state took the last time (seconds)</extracomment>
        <translation>El contenido coincide con lo aprobado.</translation>
    </message>
    <message>
        <source>The content changed after the last approving sign-off; it needs a new sign-off.</source>
        <translation>El contenido cambió después de la última aprobación; necesita una nueva aprobación.</translation>
    </message>
    <message>
        <source>No approving sign-off has been recorded.</source>
        <translation>No se ha registrado ninguna aprobación.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>%n added</source>
        <extracomment>how many of each kind, for the summary line</extracomment>
        <translation>%n añadido ||| %n añadidos</translation>
    </message>
    <message>
        <source>%n removed</source>
        <translation>%n eliminado ||| %n eliminados</translation>
    </message>
    <message>
        <source>%n changed</source>
        <translation>%n modificado ||| %n modificados</translation>
    </message>
    <message>
        <source>{path}: this spoke cannot be compared: {unresolved_reason}</source>
        <translation>{path}: este spoke no se puede comparar: {unresolved_reason}</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Older:&lt;/b&gt; {old_title} v{old_version} ({old_name})&lt;br&gt;&lt;b&gt;Newer:&lt;/b&gt; {new_title} v{new_version} ({new_name})</source>
        <translation>&lt;b&gt;Anterior:&lt;/b&gt; {old_title} v{old_version} ({old_name})&lt;br&gt;&lt;b&gt;Posterior:&lt;/b&gt; {new_title} v{new_version} ({new_name})</translation>
    </message>
    <message numerus="yes">
        <source>in %n section(s)</source>
        <translation>
            <numerusform>en %n sección</numerusform>
            <numerusform>en %n secciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The two playbooks have the same content.</source>
        <translation>Los dos playbooks tienen el mismo contenido.</translation>
    </message>
    <message>
        <source>Each changed field by section: the change, the older and the newer value; Enter goes to the field</source>
        <translation>Cada campo modificado por sección: el cambio, el valor anterior y el posterior; Intro va al campo</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Section / field</source>
        <translation>Sección / campo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Older value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>Newer value</source>
        <translation>Valor posterior</translation>
    </message>
    <message>
        <source>Export as HTML…</source>
        <translation>Exportar como HTML…</translation>
    </message>
    <message>
        <source>Save these differences as a web page</source>
        <translation>Guardar estas diferencias como página web</translation>
    </message>
    <message>
        <source>{path}: the comparison could not be saved ({exc})</source>
        <translation>{path}: no se pudo guardar la comparación ({exc})</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n diferencia</numerusform>
            <numerusform>%n diferencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with an earlier version</source>
        <translation>Comparar con una versión anterior</translation>
    </message>
    <message>
        <source>Looking for earlier versions of {name} in git…</source>
        <translation>Buscando versiones anteriores de {name} en git…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>{name} has no committed version in git yet.</source>
        <translation>{name} aún no tiene ninguna versión confirmada en git.</translation>
    </message>
    <message numerus="yes">
        <source>%n committed version(s), newest first:</source>
        <translation>
            <numerusform>%n versión confirmada, la más reciente primero:</numerusform>
            <numerusform>%n versiones confirmadas, la más reciente primero:</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier versions: {error}.</source>
        <translation>No hay versiones anteriores: {error}.</translation>
    </message>
    <message>
        <source>looking for earlier versions in git</source>
        <translation>la búsqueda de versiones anteriores en git</translation>
    </message>
    <message>
        <source>{file}: this version cannot be compared: {unresolved_reason}</source>
        <translation>{file}: esta versión no se puede comparar: {unresolved_reason}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Playbooks (*.playbook.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Playbooks (*.playbook.yaml *.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open playbook</source>
        <translation>Abrir playbook</translation>
    </message>
    <message>
        <source>Save playbook as</source>
        <translation>Guardar playbook como</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Sus cambios se perderán si no los guarda.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <extracomment>For a spoke shown read-only: path -&gt; where its value comes from (&quot;Inherited from the hub&quot;). For a spoke shown read-only: the spoke as read and resolved (the problems panel reports its findings from it, without reading the files again).</extracomment>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Untitled (not saved yet)</source>
        <translation>Sin título (aún no guardado)</translation>
    </message>
    <message>
        <source>Add to {label}</source>
        <translation>Añadir a {label}</translation>
    </message>
    <message>
        <source>Duplicate in {label}</source>
        <translation>Duplicar en {label}</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>It is still referred to by {places}; change those first</source>
        <translation>Todavía hacen referencia a él: {places}; cámbielos primero</translation>
    </message>
    <message>
        <source>Delete from {label}</source>
        <translation>Eliminar de {label}</translation>
    </message>
    <message>
        <source>Move in {label}</source>
        <translation>Mover en {label}</translation>
    </message>
    <message>
        <source>The playbook is open read-only</source>
        <translation>El playbook está abierto en modo de solo lectura</translation>
    </message>
    <message>
        <source>Change {label}</source>
        <translation>Cambiar {label}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong that Charter did not expect while {context}.</source>
        <translation>Se produjo un error inesperado durante la siguiente operación: {context}.</translation>
    </message>
    <message>
        <source>Something went wrong that Charter did not expect.</source>
        <translation>Se produjo un error que Charter no esperaba.</translation>
    </message>
    <message>
        <source>Your document is still open; save your work under a new name if in doubt.</source>
        <translation>Su documento sigue abierto; si tiene dudas, guarde su trabajo con otro nombre.</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>Los detalles se escribieron en {file}.</translation>
    </message>
    <message>
        <source>Charter: unexpected error</source>
        <translation>Charter: error inesperado</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Severity:&lt;/b&gt; {severity} &amp;nbsp; &lt;b&gt;Area:&lt;/b&gt; {area}&lt;/p&gt;</source>
        <extracomment>Codes that no waiver in the playbook can cover: a spoke could otherwise waive its own lock violations, and a structural problem is not a governance judgement.</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Gravedad:&lt;/b&gt; {severity} &amp;nbsp; &lt;b&gt;Área:&lt;/b&gt; {area}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This finding does not come from a governance check: it reports that the playbook does not fit the file format (or a check that failed). Fix the field it names.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este hallazgo no procede de un control de gobernanza: indica que el playbook no se ajusta al formato de archivo (o que un control falló). Corrija el campo que indica.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why it matters.&lt;/b&gt; {rationale}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué importa.&lt;/b&gt; {rationale}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fuentes.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>({status}, last verified {date})</source>
        <translation>({status}, verificado por última vez el {date})</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Regulatory presets applied in this playbook that this check reads.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Marcos normativos aplicados en este playbook que este control lee.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same text on the command line: &lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;El mismo texto en la línea de comandos: &lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Charter has no explanation for this code; the finding below says what to fix.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Charter no tiene explicación para este código; el hallazgo de abajo indica qué corregir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Whole playbook</source>
        <translation>Todo el playbook</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This finding&lt;/b&gt;, at {place}:&lt;br&gt;{message}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Este hallazgo&lt;/b&gt;, en {place}:&lt;br&gt;{message}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>Exención concedida: {reason}</translation>
    </message>
    <message>
        <source>Explain {code}</source>
        <translation>Explicar {code}</translation>
    </message>
    <message>
        <source>Explanation of {code}</source>
        <translation>Explicación de {code}</translation>
    </message>
    <message>
        <source>{code} cannot be waived: spoke findings and format problems must be fixed (a waiver in the playbook never covers them).</source>
        <translation>{code} no admite exención: los hallazgos de los spokes y los problemas de formato deben corregirse (una exención en el playbook nunca los cubre).</translation>
    </message>
    <message>
        <source>This finding is already waived.</source>
        <translation>Este hallazgo ya tiene una exención.</translation>
    </message>
    <message>
        <source>Waive {code}</source>
        <translation>Exención para {code}</translation>
    </message>
    <message>
        <source>Accept the finding &lt;b&gt;{code}&lt;/b&gt;{title} with a reason. The waiver is part of the playbook and is shown in the exports (compliance checklist).</source>
        <translation>Aceptar el hallazgo &lt;b&gt;{code}&lt;/b&gt;{title} con una justificación. La exención forma parte del playbook y aparece en las exportaciones (lista de verificación de cumplimiento).</translation>
    </message>
    <message>
        <source>Only at {path}</source>
        <translation>Solo en {path}</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Why the finding is accepted (required)</source>
        <translation>Por qué se acepta el hallazgo (obligatorio)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Ticked: the waiver covers this field only; unticked: the check everywhere</source>
        <translation>Marcado: la exención cubre solo este campo; sin marcar: el control en todas partes</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Why the finding is accepted (required; shown in the exports)</source>
        <translation>Por qué se acepta el hallazgo (obligatorio; aparece en las exportaciones)</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Who accepts the finding</source>
        <translation>Quién acepta el hallazgo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>When the finding was accepted</source>
        <translation>Cuándo se aceptó el hallazgo</translation>
    </message>
    <message>
        <source>A waiver needs a reason: say why the finding is accepted.</source>
        <translation>Una exención necesita una justificación: indique por qué se acepta el hallazgo.</translation>
    </message>
    <message>
        <source>The waiver would expire before it was accepted; choose a later expiry date.</source>
        <translation>La exención vencería antes de concederse; elija una fecha de vencimiento posterior.</translation>
    </message>
    <message>
        <source>The waiver cannot be recorded: {value}</source>
        <translation>No se puede registrar la exención: {value}</translation>
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
        <translation>Página web (.html)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tabla CSV</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Abrir el documento</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Abrir su carpeta</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>No hacer nada</translation>
    </message>
    <message>
        <source>Reading the playbook</source>
        <extracomment>Formats laid out on pages of the chosen paper size. the user agreed to replace the file at ``output`` (the dialog asked) files the export must never replace (the playbook&apos;s own file)</extracomment>
        <translation>Leyendo el playbook</translation>
    </message>
    <message>
        <source>Writing the document</source>
        <translation>Escribiendo el documento</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Custom template folder</source>
        <translation>Carpeta de plantillas propias</translation>
    </message>
    <message>
        <source>Export &lt;b&gt;{title}&lt;/b&gt; (version {version})</source>
        <extracomment>the choices remembered for this playbook (its file; a spoke&apos;s own file), or for any</extracomment>
        <translation>Exportar &lt;b&gt;{title}&lt;/b&gt; (versión {version})</translation>
    </message>
    <message>
        <source>Effective playbook (the hub with this region&apos;s changes)</source>
        <translation>Playbook efectivo (el hub con los cambios de esta región)</translation>
    </message>
    <message>
        <source>Export the whole playbook as it applies in this region</source>
        <translation>Exportar todo el playbook tal como se aplica en esta región</translation>
    </message>
    <message>
        <source>Regional addendum (only this region&apos;s changes, with rationale)</source>
        <translation>Anexo regional (solo los cambios de esta región, con justificación)</translation>
    </message>
    <message>
        <source>Export only how this region differs from the hub, with the reasons</source>
        <translation>Exportar solo en qué difiere esta región del hub, con los motivos</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Spoke</translation>
    </message>
    <message>
        <source>Which document to write from the playbook</source>
        <translation>Qué documento escribir a partir del playbook</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>The file format: only those this document can be written in</source>
        <translation>El formato de archivo: solo aquellos en los que se puede escribir este documento</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Built-in templates</source>
        <translation>Plantillas integradas</translation>
    </message>
    <message>
        <source>A folder of your own document templates; empty: the built-in templates</source>
        <translation>Una carpeta con sus propias plantillas de documento; vacío: las plantillas integradas</translation>
    </message>
    <message>
        <source>Custom templates</source>
        <translation>Plantillas propias</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a folder of custom templates</source>
        <translation>Elegir una carpeta de plantillas propias</translation>
    </message>
    <message>
        <source>Choose a template folder</source>
        <translation>Elegir una carpeta de plantillas</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integradas</translation>
    </message>
    <message>
        <source>Use Charter&apos;s built-in templates</source>
        <translation>Usar las plantillas integradas de Charter</translation>
    </message>
    <message>
        <source>Use the built-in templates</source>
        <translation>Usar las plantillas integradas</translation>
    </message>
    <message>
        <source>The page size of a PDF or Word document (your organisation may set it)</source>
        <translation>El tamaño de página de un documento PDF o Word (su organización puede fijarlo)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>The file the document is written to</source>
        <translation>El archivo en el que se escribe el documento</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Choose the file the document is written to</source>
        <translation>Elegir el archivo en el que se escribe el documento</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Elegir dónde guardar</translation>
    </message>
    <message>
        <source>What to open once the document is written</source>
        <translation>Qué abrir una vez escrito el documento</translation>
    </message>
    <message>
        <source>When done</source>
        <translation>Al terminar</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>How far the export has got</source>
        <translation>Cuánto ha avanzado la exportación</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Write the document in the background; this dialog shows its progress</source>
        <translation>Escribir el documento en segundo plano; este cuadro de diálogo muestra el progreso</translation>
    </message>
    <message>
        <source>Close this dialog (an export still running is cancelled)</source>
        <translation>Cerrar este cuadro de diálogo (se cancela una exportación en curso)</translation>
    </message>
    <message>
        <source>Choose where to save the document.</source>
        <translation>Elija dónde guardar el documento.</translation>
    </message>
    <message>
        <source>The document cannot be saved there: {exc}</source>
        <translation>El documento no se puede guardar ahí: {exc}</translation>
    </message>
    <message>
        <source>The template folder {value} does not exist.</source>
        <translation>La carpeta de plantillas {value} no existe.</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Reemplazar archivo</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exporting {document} as {format}…</source>
        <translation>Exportando {document} como {format}…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} guardado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>La exportación falló: {error}</translation>
    </message>
    <message>
        <source>The export failed unexpectedly.</source>
        <translation>La exportación falló de forma inesperada.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Not applied: {text}</source>
        <extracomment>whether the input keeps a refused text while the user is still typing it (text, numbers, dates); a choice or a tick shows the kept value again at once</extracomment>
        <translation>No aplicado: {text}</translation>
    </message>
    <message>
        <source>{text} ({label})</source>
        <translation>{text} ({label})</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Show the text as it will read in the policy (Markdown)</source>
        <translation>Mostrar el texto tal como se leerá en la política (Markdown)</translation>
    </message>
    <message>
        <source>Preview {label}</source>
        <translation>Vista previa: {label}</translation>
    </message>
    <message>
        <source>{label} is {fixed_text} in the file: more than this box can edit (numbers up to {LARGEST:,.0f}, with up to {MOST_DECIMALS} decimals). It is kept as it is; change it in the file itself.</source>
        <extracomment>why a value is shown read-only (the box cannot hold it), under the box</extracomment>
        <translation>{label} es {fixed_text} en el archivo: más de lo que este campo puede editar (números hasta {LARGEST:,.0f}, con hasta {MOST_DECIMALS} decimales). Se conserva tal cual; cámbielo en el propio archivo.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Set {label} to &apos;not set&apos;</source>
        <translation>Poner {label} en «sin definir»</translation>
    </message>
    <message>
        <source>Clear {label}</source>
        <translation>Borrar {label}</translation>
    </message>
    <message>
        <source>Sets {label} to not set</source>
        <translation>Pone {label} en sin definir</translation>
    </message>
    <message>
        <source>Ticked: {names}</source>
        <translation>Marcado: {names}</translation>
    </message>
    <message>
        <source>None ticked</source>
        <translation>Nada marcado</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Añadir una entrada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Quitar la entrada seleccionada</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected entry up</source>
        <translation>Subir la entrada seleccionada</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected entry down</source>
        <translation>Bajar la entrada seleccionada</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Add a row at the end</source>
        <translation>Añadir una fila al final</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>The Names of the last playbook snapshot asked about: a table paints many cells of one snapshot, and snapshots are never changed in place (a new one is a new object). kind -&gt; (the list the choices were made from, the choices). Lists are never changed in place (see playbooks.format.paths), so the same list object means the same choices.</extracomment>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>{reason}. {label} is still {shown}.</source>
        <translation>{reason}. {label} sigue siendo {shown}.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a number</source>
        <translation>«{typed}» no es un número</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Escriba un número</translation>
    </message>
</context>
<context>
    <name>FileSession</name>
    <message>
        <source>{path}: this spoke cannot be shown: {unresolved_reason}</source>
        <extracomment>How long a save waits for a command that is writing the same file (a sign-off takes well under a second). sync clients&apos; conflict copies of the file beside it (see :mod:`playbooks.audit.copies`) the unresolved conflicts a merge listed at the top of the file: (line, conflict) whether the file is in a git work tree (its earlier versions can be compared with)</extracomment>
        <translation>{path}: este spoke no se puede mostrar: {unresolved_reason}</translation>
    </message>
    <message>
        <source>Opening {name}...</source>
        <extracomment>this run&apos;s part of recovery copy names (two windows on one file keep separate copies) the digest of the file as this session last read or wrote it (&apos;&apos; for none) whether the open file is in a git work tree (found while it was read, never on the GUI thread)</extracomment>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>Opened in {value:.0f} ms</source>
        <translation>Abierto en {value:.0f} ms</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Charter and cannot be opened here.

{error}</source>
        <translation>{name} se escribió con una versión más reciente de Charter y no se puede abrir aquí.

{error}</translation>
    </message>
    <message>
        <source>

(and {value} more problems; run &apos;charter validate&apos; for all)</source>
        <translation>

(y {value} problemas más; «charter validate» los muestra todos)</translation>
    </message>
    <message>
        <source>opening {path}</source>
        <translation>la apertura de {path}</translation>
    </message>
    <message>
        <source>{name} has a damaged lock file ({damaged}) that Charter cannot remove: {one_line}. Remove it by hand to save changes.

Open it read-only, or edit it anyway?</source>
        <translation>{name} tiene un archivo de bloqueo dañado ({damaged}) que Charter no puede eliminar: {one_line}. Elimínelo a mano para poder guardar cambios.

¿Abrirlo en modo de solo lectura o editarlo de todos modos?</translation>
    </message>
    <message>
        <source>{name} is already open in Charter by {describe}.

Open it read-only, or edit it anyway (changes saved by both will overwrite each other)?</source>
        <translation>{name} ya está abierto en Charter por {describe}.

¿Abrirlo en modo de solo lectura o editarlo de todos modos (los cambios que guarden ambos se sobrescribirán)?</translation>
    </message>
    <message>
        <source>Playbook in use</source>
        <translation>Playbook en uso</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Edit anyway</source>
        <translation>Editar de todos modos</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Nuevo playbook</translation>
    </message>
    <message>
        <source>Start from a starter (you can change everything afterwards):</source>
        <translation>Empezar a partir de una plantilla (después puede cambiarlo todo):</translation>
    </message>
    <message>
        <source>The starter &apos;{name}&apos; cannot be loaded: {exc}</source>
        <translation>No se puede cargar la plantilla «{name}»: {exc}</translation>
    </message>
    <message>
        <source>the {starter_title} starter</source>
        <translation>la plantilla «{starter_title}»</translation>
    </message>
    <message>
        <source>New playbook from the {starter_title} starter</source>
        <translation>Nuevo playbook a partir de la plantilla «{starter_title}»</translation>
    </message>
    <message>
        <source>This playbook is open read-only; use Save As to keep a copy.</source>
        <translation>Este playbook está abierto en modo de solo lectura; use «Guardar como» para conservar una copia.</translation>
    </message>
    <message>
        <source>{name} is open in Charter by {describe}; choose another name.</source>
        <translation>{name} está abierto en Charter por {describe}; elija otro nombre.</translation>
    </message>
    <message>
        <source>{exc}. Your changes stay open here; Save As keeps them in another file.</source>
        <translation>{exc}. Sus cambios siguen abiertos aquí; «Guardar como» los conserva en otro archivo.</translation>
    </message>
    <message>
        <source>{path}: could not be saved ({value})</source>
        <translation>{path}: no se pudo guardar ({value})</translation>
    </message>
    <message>
        <source>Saved {display_name}</source>
        <translation>{display_name} guardado</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>{name} {reason}.

Save your version all the same?</source>
        <translation>{name} {reason}.

¿Guardar su versión de todos modos?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Archivo modificado en el disco</translation>
    </message>
    <message>
        <source>{name} was changed outside this window since you opened it (a sign-off or another editor). Replace it with your version? The file as it is now is kept as .bak.</source>
        <translation>{name} se modificó fuera de esta ventana desde que lo abrió (una aprobación u otro editor). ¿Reemplazarlo por su versión? El archivo tal como está ahora se conserva como .bak.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to {display_name}?</source>
        <translation>¿Descartar los cambios no guardados de {display_name}?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Reloading {name}...</source>
        <translation>Recargando {name}…</translation>
    </message>
    <message>
        <source>{name} was not reloaded: you changed the playbook while it was being read. Your version stays open; use File &gt; Revert to Saved to reload it.</source>
        <translation>{name} no se recargó: usted modificó el playbook mientras se leía. Su versión sigue abierta; use Archivo &gt; Revertir a lo guardado para recargarlo.</translation>
    </message>
    <message>
        <source>Reloaded {name}</source>
        <translation>{name} recargado</translation>
    </message>
    <message>
        <source>reloading {path}</source>
        <translation>la recarga de {path}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios no guardados</translation>
    </message>
    <message>
        <source>Save the changes to {display_name}?</source>
        <translation>¿Guardar los cambios de {display_name}?</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>Archivo eliminado</translation>
    </message>
    <message>
        <source>{name} was removed or renamed outside Charter. Your copy stays open; save it to write it back.</source>
        <translation>{name} se eliminó o se renombró fuera de Charter. Su copia sigue abierta; guárdela para volver a escribirlo.</translation>
    </message>
    <message>
        <source> Reloading discards your unsaved changes.</source>
        <translation> Al recargar se descartan sus cambios no guardados.</translation>
    </message>
    <message>
        <source>{name} was changed outside Charter.{extra}

Reload it from disk, or keep the version shown?</source>
        <translation>{name} se modificó fuera de Charter.{extra}

¿Recargarlo desde el disco o conservar la versión mostrada?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Unsaved changes kept in the recovery area</source>
        <translation>Cambios no guardados conservados en el área de recuperación</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recuperar cambios no guardados</translation>
    </message>
    <message>
        <source>Charter was not closed properly. Unsaved changes were kept:

{describe}

Restore them? (Nothing has been written to your file.)</source>
        <translation>Charter no se cerró correctamente. Se conservaron cambios no guardados:

{describe}

¿Restaurarlos? (No se ha escrito nada en su archivo.)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read ({exc}); it was kept.</source>
        <translation>No se puede leer la copia de recuperación ({exc}); se ha conservado.</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Find in playbook (all text)</source>
        <translation>Buscar en el playbook (todo el texto)</translation>
    </message>
    <message>
        <source>Find in playbook</source>
        <translation>Buscar en el playbook</translation>
    </message>
    <message>
        <source>Text to find in every field of the playbook; results are listed below</source>
        <translation>Texto que se busca en todos los campos del playbook; los resultados aparecen debajo</translation>
    </message>
    <message>
        <source>Find results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>The fields that contain the text, by section; Enter goes to one</source>
        <translation>Los campos que contienen el texto, por sección; Intro va a uno</translation>
    </message>
    <message>
        <source>Search failed: {exc}</source>
        <translation>La búsqueda falló: {exc}</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>Hallazgos aceptados</translation>
    </message>
    <message numerus="yes">
        <source> (first %n)</source>
        <translation>
            <numerusform> (los %n primeros)</numerusform>
            <numerusform> (los %n primeros)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Sin coincidencias</translation>
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
        <translation>Una fila por {noun}; el formulario bajo la tabla muestra todos los campos de la fila seleccionada.</translation>
    </message>
    <message>
        <source>Select a {noun} to see all its fields, or add one.</source>
        <translation>Seleccione una fila ({noun}) para ver todos sus campos, o añada una.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a {noun}</source>
        <translation>Añadir: {noun}</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected row</source>
        <translation>Duplicar la fila seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>Eliminar la fila seleccionada</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>Subir la fila seleccionada</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>Bajar la fila seleccionada</translation>
    </message>
    <message>
        <source>{text} ({title})</source>
        <translation>{text} ({title})</translation>
    </message>
    <message>
        <source>Cannot delete: {reason}</source>
        <translation>No se puede eliminar: {reason}</translation>
    </message>
    <message>
        <source>Selected {noun}</source>
        <translation>Seleccionado: {noun}</translation>
    </message>
    <message>
        <source>Row {value}, not applied: {message}</source>
        <extracomment>The summary columns of each item class; other classes show their first compact fields.</extracomment>
        <translation>Fila {value}, no aplicado: {message}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <extracomment>The window&apos;s size at its first start, where the screen has room for it. Room kept around the window for the frame the window manager adds (title bar, borders). Actions that need an open playbook. the open file: opening, saving, reverting, its lock, watcher and recovery copy (hub file, its spokes) as found by a worker; see _related_files() the banner&apos;s words about a new playbook&apos;s to-do list (&apos;&apos; : none; see show_todo)</extracomment>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>The sections of the playbook, and its spokes or hub; Enter opens one</source>
        <translation>Las secciones del playbook, y sus spokes o su hub; Intro abre una</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>To Do</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>&amp;New from starter...</source>
        <translation>&amp;Nuevo a partir de plantilla…</translation>
    </message>
    <message>
        <source>Start a new playbook from a starter</source>
        <translation>Empezar un nuevo playbook a partir de una plantilla</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open a playbook file</source>
        <translation>Abrir un archivo de playbook</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the playbook</source>
        <translation>Guardar el playbook</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the playbook under a new name</source>
        <translation>Guardar el playbook con otro nombre</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;vertir a lo guardado</translation>
    </message>
    <message>
        <source>Discard unsaved changes and reload the file</source>
        <translation>Descartar los cambios no guardados y recargar el archivo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>Close the playbook</source>
        <translation>Cerrar el playbook</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Your name, role, theme and autosave</source>
        <translation>Su nombre, su cargo, el tema y el guardado automático</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Charter (asks about unsaved changes)</source>
        <translation>Cerrar Charter (pregunta por los cambios no guardados)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Keys from Qt::Key_Back on are the media keys of special keyboards (&quot;Save&quot;, &quot;Find&quot;, &quot;Forward&quot;): the standard shortcuts include them, a person reading the list looks for Ctrl+S.</extracomment>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search all text of the playbook</source>
        <translation>Buscar en todo el texto del playbook</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>C&amp;omprobar ahora</translation>
    </message>
    <message>
        <source>Run the structural and governance checks</source>
        <translation>Ejecutar los controles de estructura y de gobernanza</translation>
    </message>
    <message>
        <source>Next &amp;Section</source>
        <translation>&amp;Sección siguiente</translation>
    </message>
    <message>
        <source>Show the next section</source>
        <translation>Mostrar la sección siguiente</translation>
    </message>
    <message>
        <source>Previous S&amp;ection</source>
        <translation>Sección &amp;anterior</translation>
    </message>
    <message>
        <source>Show the previous section</source>
        <translation>Mostrar la sección anterior</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Move the focus to the next pane</source>
        <translation>Llevar el foco al panel siguiente</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>Pa&amp;nel anterior</translation>
    </message>
    <message>
        <source>Move the focus back a pane</source>
        <translation>Llevar el foco al panel anterior</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Problema s&amp;iguiente</translation>
    </message>
    <message>
        <source>Go to the next problem</source>
        <translation>Ir al problema siguiente</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the editor</source>
        <translation>Todos los atajos de teclado del editor</translation>
    </message>
    <message>
        <source>&amp;About Charter</source>
        <translation>Acerca &amp;de Charter</translation>
    </message>
    <message>
        <source>The version, and where the logs are</source>
        <translation>La versión y dónde están los registros</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Open the folder of Charter&apos;s log files</source>
        <translation>Abrir la carpeta de archivos de registro de Charter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blemas</translation>
    </message>
    <message>
        <source>&amp;To Do</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>Bús&amp;queda</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation>&amp;Playbook</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Opening {name}...</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>No editor for {field}</source>
        <translation>No hay editor para {field}</translation>
    </message>
    <message>
        <source>The problems the checks found, with the readiness scorecard</source>
        <extracomment>what each dock holds, for the tabs of docks that share a place (a screen reader reads them)</extracomment>
        <translation>Los problemas que encontraron los controles, con el cuadro de madurez</translation>
    </message>
    <message>
        <source>The steps a new playbook leaves to fill in, and what each means</source>
        <translation>Los pasos que un nuevo playbook deja por completar, y qué significa cada uno</translation>
    </message>
    <message>
        <source>The section or the whole policy as it will read when exported</source>
        <translation>La sección o toda la política tal como se leerá al exportarla</translation>
    </message>
    <message>
        <source>Every change since the playbook was opened; select one to go back to it</source>
        <translation>Cada cambio desde que se abrió el playbook; seleccione uno para volver a él</translation>
    </message>
    <message>
        <source>A new playbook from {source}. A starter cannot know your people and processes: the &lt;b&gt;To Do&lt;/b&gt; list says what only you can fill in, and what each step means (the errors in Problems are these gaps).</source>
        <translation>Un nuevo playbook a partir de {source}. Una plantilla no puede conocer a sus personas ni sus procesos: la lista de &lt;b&gt;Tareas&lt;/b&gt; indica lo que solo usted puede completar y qué significa cada paso (los errores de «Problemas» son esas lagunas).</translation>
    </message>
    <message>
        <source>About Charter</source>
        <translation>Acerca de Charter</translation>
    </message>
    <message>
        <source>{path}
Double-click or press Enter to open</source>
        <translation>{path}
Haga doble clic o pulse Intro para abrirlo</translation>
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
        <translation>Este es un spoke regional de &lt;b&gt;{hub}&lt;/b&gt;. Esta página muestra su playbook efectivo (lo que la región hereda del hub, con los cambios de la región) y no se puede editar aquí. Para cambiar lo que hace su región, adapte el spoke: los valores del hub junto a los suyos, lo que el hub permite y una justificación para cada cambio.</translation>
    </message>
    <message>
        <source>This playbook is open &lt;b&gt;read-only&lt;/b&gt;. Use Save As to keep an editable copy.</source>
        <translation>Este playbook está abierto en modo de &lt;b&gt;solo lectura&lt;/b&gt;. Use «Guardar como» para conservar una copia editable.</translation>
    </message>
    <message>
        <source>&amp;Tailor This Spoke…</source>
        <extracomment>the banner&apos;s button per action: (text, accessible description)</extracomment>
        <translation>&amp;Adaptar este spoke…</translation>
    </message>
    <message>
        <source>Open the tailoring view of this spoke: change what the hub allows, with a rationale</source>
        <translation>Abrir la vista de adaptación de este spoke: cambiar lo que el hub permite, con una justificación</translation>
    </message>
    <message>
        <source>Show the To &amp;Do List</source>
        <translation>Mostrar la lista de &amp;tareas</translation>
    </message>
    <message>
        <source>The steps this new playbook leaves to you, and what each means</source>
        <translation>Los pasos que este nuevo playbook le deja, y qué significa cada uno</translation>
    </message>
    <message>
        <source>{name}[*] (read-only) — Charter</source>
        <translation>{name}[*] (solo lectura) — Charter</translation>
    </message>
    <message>
        <source>{name}[*] — Charter</source>
        <translation>{name}[*] — Charter</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>{errors}, {warnings}</source>
        <translation>{errors}, {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness {score}/100 (weakest area) · {counts}</source>
        <translation>Madurez {score}/100 (área más débil) · {counts}</translation>
    </message>
    <message>
        <source>No recent playbooks</source>
        <translation>No hay playbooks recientes</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>the PDF could not be started (Qt&apos;s PDF writer refused)</source>
        <extracomment>Page margins in millimetres: top, right, bottom, left. The paper sizes of :data:`playbooks.io.config.PAPER_SIZES`. OpenType features that join letters into one glyph: Qt maps such a glyph back to a ligature character (U+FB01 &quot;ﬁ&quot;), so a reader extracting or searching the text would not find &quot;fi&quot;. Scales tried, in order, to fit a one-page document (the crisis card) on one page. The fonts the templates name first; any other installed font is Qt&apos;s fallback. Character -&gt; whether an installed font draws it (fonts do not change while Charter runs).</extracomment>
        <translation>no se pudo iniciar el PDF (el generador de PDF de Qt lo rechazó)</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>A new language applies when Charter next starts.</source>
        <translation>Un nuevo idioma se aplica la próxima vez que se inicia Charter.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Unsaved changes are copied to the recovery area this long after the last change.</source>
        <translation>Los cambios no guardados se copian en el área de recuperación este tiempo después del último cambio.</translation>
    </message>
    <message>
        <source>e.g. Dana Whitfield</source>
        <translation>p. ej. Dana Whitfield</translation>
    </message>
    <message>
        <source>e.g. Chief Compliance Officer</source>
        <translation>p. ej. Chief Compliance Officer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of the editor; the system&apos;s unless you choose one</source>
        <translation>El idioma del editor; el del sistema si no elige otro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system</source>
        <translation>Colores claros u oscuros, o los del sistema</translation>
    </message>
    <message>
        <source>Autosave after</source>
        <translation>Guardado automático tras</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Guardado automático tras:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Your full name, proposed when you sign off or record a change</source>
        <translation>Su nombre completo, que se propone al aprobar o al registrar un cambio</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Su cargo</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Su &amp;cargo:</translation>
    </message>
    <message>
        <source>Your role, proposed when you sign off</source>
        <translation>Su cargo, que se propone al aprobar</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <source>Re&amp;cent files:</source>
        <translation>Archivos &amp;recientes:</translation>
    </message>
    <message>
        <source>How many recent playbooks the File menu and the welcome page list</source>
        <translation>Cuántos playbooks recientes muestran el menú Archivo y la página de bienvenida</translation>
    </message>
    <message>
        <source>Keep these preferences</source>
        <translation>Conservar estas preferencias</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>&lt;span style=&quot;color:#888&quot;&gt;not set&lt;/span&gt;</source>
        <extracomment>A preview shows at most this many items per list, and this much HTML: a rich-text view laying out 10,000 rules would freeze the window, and nobody reads them in a side panel.</extracomment>
        <translation>&lt;span style=&quot;color:#888&quot;&gt;sin definir&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;i&gt;... and {more} more&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;i&gt;… y {more} más&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;... and {value} more (the export shows them all).&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;… y {value} más (la exportación los muestra todos).&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>Hallazgos aceptados</translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;p&gt;&lt;i&gt;The preview stops here; the playbook is long. Export it to read the whole policy.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;hr&gt;&lt;p&gt;&lt;i&gt;La vista previa termina aquí; el playbook es largo. Expórtelo para leer toda la política.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>Preview of</source>
        <translation>Vista previa de</translation>
    </message>
    <message>
        <source>Preview the section on screen, or the whole policy document</source>
        <translation>Ver en pantalla la sección, o todo el documento de la política</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>Esta sección</translation>
    </message>
    <message>
        <source>Whole policy</source>
        <translation>Toda la política</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The section or the policy as it will read in the exported document</source>
        <translation>La sección o la política tal como se leerá en el documento exportado</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#888&apos;&gt;No playbook open.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#888&apos;&gt;No hay ningún playbook abierto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The preview could not be rendered: {error}&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se pudo generar la vista previa: {error}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Structure</source>
        <extracomment>per finding: its place in words (:func:`places`) and its area, worked out in the worker so that showing 1,000 findings costs the GUI thread no model walks (empty: not worked out)</extracomment>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>How a severity reads in the panel.</extracomment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>{severity} (waived)</source>
        <translation>{severity} (exención concedida)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>Exención concedida: {reason}</translation>
    </message>
    <message>
        <source>(whole playbook)</source>
        <translation>(todo el playbook)</translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation>Campo: {field}</translation>
    </message>
    <message>
        <source>No playbook open</source>
        <extracomment>the longest pause in typing before the checks run again. After each run the pause becomes half that run&apos;s time, up to this: a small playbook is checked at once (its check costs less than a keystroke), a big one waits for a pause in typing. Edits made while a check runs wait for it and are checked together (one check at a time), so even a short pause never queues a check per keystroke. (scores at the last sign-off, or None; what &quot;since&quot; means, &apos;&apos; for no trend): see set_trend</extracomment>
        <translation>No hay ningún playbook abierto</translation>
    </message>
    <message>
        <source>Show severity</source>
        <translation>Mostrar gravedad</translation>
    </message>
    <message>
        <source>List the problems of one severity only, or all</source>
        <translation>Listar solo los problemas de una gravedad, o todos</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Todas las gravedades</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Show area</source>
        <translation>Mostrar área</translation>
    </message>
    <message>
        <source>List the problems of one scorecard area only, or all</source>
        <translation>Listar solo los problemas de un área del cuadro de madurez, o todos</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas las áreas</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>The problems found; Enter goes to the field of the selected one</source>
        <translation>Los problemas encontrados; Intro va al campo del seleccionado</translation>
    </message>
    <message>
        <source>Selected problem</source>
        <translation>Problema seleccionado</translation>
    </message>
    <message>
        <source>&amp;Go to Field</source>
        <translation>&amp;Ir al campo</translation>
    </message>
    <message>
        <source>Show the field of the selected problem</source>
        <translation>Mostrar el campo del problema seleccionado</translation>
    </message>
    <message>
        <source>E&amp;xplain…</source>
        <translation>E&amp;xplicar…</translation>
    </message>
    <message>
        <source>Why the check exists, its sources and the presets behind it</source>
        <translation>Por qué existe el control, sus fuentes y los marcos normativos en que se basa</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Comprobando…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>No se encontraron problemas</translation>
    </message>
    <message>
        <source>up {points}</source>
        <translation>sube {points}</translation>
    </message>
    <message>
        <source>down {points}</source>
        <translation>baja {points}</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Madurez</translation>
    </message>
    <message>
        <source>Change since {since}: not known (the approved version was never open in Charter here)</source>
        <translation>Cambio desde {since}: desconocido (la versión aprobada nunca se abrió aquí en Charter)</translation>
    </message>
    <message>
        <source>Change since {since}</source>
        <translation>Cambio desde {since}</translation>
    </message>
    <message>
        <source>No change since {since}</source>
        <translation>Sin cambios desde {since}</translation>
    </message>
    <message>
        <source>Scores per area, 0-100: strong from 85, fair from 60, weak below</source>
        <translation>Puntuación por área, 0-100: sólida desde 85, aceptable desde 60, débil por debajo</translation>
    </message>
    <message>
        <source>Readiness scorecard</source>
        <translation>Cuadro de madurez</translation>
    </message>
    <message>
        <source>The checks could not run</source>
        <translation>No se pudieron ejecutar los controles</translation>
    </message>
    <message>
        <source>checking the playbook</source>
        <translation>la comprobación del playbook</translation>
    </message>
    <message>
        <source>Select a problem to read it in full.</source>
        <translation>Seleccione un problema para leerlo completo.</translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation>Ir al campo</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Dates and review</source>
        <translation>Fechas y revisión</translation>
    </message>
    <message>
        <source>Ownership and distribution</source>
        <translation>Responsabilidad y distribución</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Quién y dónde</translation>
    </message>
    <message>
        <source>Audience first</source>
        <translation>Primero el público</translation>
    </message>
    <message>
        <source>Organisation model</source>
        <translation>Modelo organizativo</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Community moderation</source>
        <translation>Moderación de la comunidad</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Evidence and remediation</source>
        <translation>Evidencias y corrección</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Transparencia</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Cualificación</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Declaración de conformidad</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Why and how we measure</source>
        <translation>Por qué y cómo medimos</translation>
    </message>
    <message>
        <source>Consequences and reporting</source>
        <translation>Consecuencias y denuncias</translation>
    </message>
    <message>
        <source>Keeping the playbook current</source>
        <translation>Mantener el playbook al día</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <extracomment>The extra page for the playbook&apos;s top-level waiver list (not a section of the document).</extracomment>
        <translation>Hallazgos aceptados</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous field or control (tables and lists included: Tab leaves them)</source>
        <translation>Ir al campo o control siguiente o anterior (tablas y listas incluidas: Tab sale de ellas)</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+letra subrayada</translation>
    </message>
    <message>
        <source>Press a button or open a menu by its access key</source>
        <translation>Pulsar un botón o abrir un menú por su tecla de acceso</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>In the problems list: go to the field of the selected problem</source>
        <translation>En la lista de problemas: ir al campo del problema seleccionado</translation>
    </message>
    <message>
        <source>F2, Enter</source>
        <translation>F2, Intro</translation>
    </message>
    <message>
        <source>In a table: edit the selected cell (Enter applies it, Escape cancels it)</source>
        <translation>En una tabla: editar la celda seleccionada (Intro la aplica, Esc la cancela)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Tick or untick the selected option of a check list, or press the focused button</source>
        <translation>Marcar o desmarcar la opción seleccionada de una lista de casillas, o pulsar el botón con el foco</translation>
    </message>
    <message>
        <source>Ctrl+Z in a field</source>
        <translation>Ctrl+Z en un campo</translation>
    </message>
    <message>
        <source>Undo through the playbook&apos;s history (not only the field&apos;s typing)</source>
        <translation>Deshacer en el historial del playbook (no solo lo escrito en el campo)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>F6 and Shift+F6 move between the panes; every menu item also has an access key.</source>
        <translation>F6 y Mayús+F6 cambian de panel; cada elemento de menú tiene además una tecla de acceso.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Each row: the keys, and what they do</source>
        <translation>Cada fila: las teclas y lo que hacen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Lo que hacen</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Tick to give an expiry date; unticked, it does not expire</source>
        <translation>Marque para indicar una fecha de vencimiento; sin marcar, no vence</translation>
    </message>
    <message>
        <source>The date it expires (when Expires is ticked)</source>
        <translation>La fecha de vencimiento (cuando «Vence» está marcado)</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Sign off &lt;b&gt;{title}&lt;/b&gt;, version {version}. The sign-off records the content fingerprint: any later change shows as &lt;i&gt;Changed since approval&lt;/i&gt;.</source>
        <translation>Aprobar &lt;b&gt;{title}&lt;/b&gt;, versión {version}. La aprobación registra la huella del contenido: cualquier cambio posterior aparece como &lt;i&gt;Modificado desde la aprobación&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Someone outside this playbook</source>
        <translation>Alguien ajeno a este playbook</translation>
    </message>
    <message>
        <source>Conditions, requested changes or remarks</source>
        <translation>Condiciones, cambios solicitados u observaciones</translation>
    </message>
    <message>
        <source>Keep {version}</source>
        <translation>Conservar {version}</translation>
    </message>
    <message>
        <source>Keep (no version)</source>
        <translation>Conservar (sin versión)</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Parche</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Keep ({status})</source>
        <translation>Conservar ({status})</translation>
    </message>
    <message>
        <source>Currently</source>
        <translation>Actualmente</translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation>Firmado como</translation>
    </message>
    <message>
        <source>The person or role of this playbook the approver signs as, if any</source>
        <translation>La persona o el cargo de este playbook en cuyo nombre firma quien aprueba, si procede</translation>
    </message>
    <message>
        <source>Approver name</source>
        <translation>Nombre de quien aprueba</translation>
    </message>
    <message>
        <source>Full name of the person signing off</source>
        <translation>Nombre completo de la persona que aprueba</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>The approver&apos;s role, e.g. Chief Compliance Officer</source>
        <translation>El cargo de quien aprueba, p. ej. Chief Compliance Officer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Approved, approved with changes, or rejected</source>
        <translation>Aprobado, aprobado con cambios o rechazado</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>The date of the decision</source>
        <translation>La fecha de la decisión</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Keep the version, or raise it for what is approved</source>
        <translation>Conservar la versión, o subirla para lo que se aprueba</translation>
    </message>
    <message>
        <source>Lifecycle status</source>
        <translation>Estado del ciclo de vida</translation>
    </message>
    <message>
        <source>Keep the status, or move the playbook on (e.g. Approved)</source>
        <translation>Conservar el estado, o hacer avanzar el playbook (p. ej. Aprobado)</translation>
    </message>
    <message>
        <source>Record the sign-off with the fingerprint of the current content</source>
        <translation>Registrar la aprobación con la huella del contenido actual</translation>
    </message>
    <message>
        <source>This playbook is open read-only; a sign-off cannot be recorded in it.</source>
        <translation>Este playbook está abierto en modo de solo lectura; no se puede registrar una aprobación en él.</translation>
    </message>
    <message>
        <source>Sign-off refused: {refusal}.</source>
        <translation>Aprobación rechazada: {refusal}.</translation>
    </message>
    <message>
        <source>Sign off ({decision})</source>
        <translation>Aprobación ({decision})</translation>
    </message>
    <message>
        <source>Record change</source>
        <translation>Registrar cambio</translation>
    </message>
    <message>
        <source>Add an entry to the change log of version {version}. Charter proposes what changed since the last recorded version; say why.</source>
        <translation>Añadir una entrada al registro de cambios de la versión {version}. Charter propone lo que cambió desde la última versión registrada; indique por qué.</translation>
    </message>
    <message>
        <source>The reason for the change (a regulation, an incident, a review)</source>
        <translation>El motivo del cambio (una norma, un incidente, una revisión)</translation>
    </message>
    <message>
        <source>Material change (needs re-approval and re-attestation)</source>
        <translation>Cambio sustancial (requiere nueva aprobación y nueva declaración de conformidad)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Who made the change</source>
        <translation>Quién hizo el cambio</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>The change, in a sentence or two (proposed from your edits)</source>
        <translation>El cambio, en una o dos frases (propuesto a partir de sus ediciones)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>The reason for the change</source>
        <translation>El motivo del cambio</translation>
    </message>
    <message>
        <source>When the change was made</source>
        <translation>Cuándo se hizo el cambio</translation>
    </message>
    <message>
        <source>A material change needs a new sign-off and a new attestation by staff</source>
        <translation>Un cambio sustancial requiere una nueva aprobación y una nueva declaración de conformidad del personal</translation>
    </message>
    <message>
        <source>This playbook is open read-only; the change log cannot be changed.</source>
        <translation>Este playbook está abierto en modo de solo lectura; el registro de cambios no se puede modificar.</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>el autor</translation>
    </message>
    <message>
        <source>what changed</source>
        <translation>qué cambió</translation>
    </message>
    <message>
        <source>why</source>
        <translation>por qué</translation>
    </message>
    <message>
        <source>Please fill in {fields}.</source>
        <translation>Indique {fields}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Set the playbook&apos;s version in Document control first: an entry records the version it produced.</source>
        <translation>Defina primero la versión del playbook en «Control del documento»: una entrada registra la versión que produjo.</translation>
    </message>
    <message>
        <source>The entry cannot be recorded: {value}</source>
        <translation>No se puede registrar la entrada: {value}</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>Set by your organisation: {locked_message}.</source>
        <translation>Establecido por su organización: {locked_message}.</translation>
    </message>
    <message>
        <source>Charter uses the defaults instead (&apos;charter config&apos; shows them).</source>
        <translation>Charter usa en su lugar los valores predeterminados («charter config» los muestra).</translation>
    </message>
    <message numerus="yes">
        <source>Site configuration: %n problem(s)</source>
        <translation>
            <numerusform>Configuración del sitio: %n problema</numerusform>
            <numerusform>Configuración del sitio: %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Site configuration</source>
        <translation>Configuración del sitio</translation>
    </message>
</context>
<context>
    <name>SyncMergeDialog</name>
    <message>
        <source>Keep this file&apos;s</source>
        <extracomment>The two choices of a conflict, in the order of the combo box.</extracomment>
        <translation>Conservar el de este archivo</translation>
    </message>
    <message>
        <source>Take the copy&apos;s</source>
        <translation>Tomar el de la copia</translation>
    </message>
    <message>
        <source>Merge a conflict copy</source>
        <translation>Combinar una copia en conflicto</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is a conflict copy of this playbook made by {service} ({detail}): someone saved the playbook elsewhere while it was being changed here.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; es una copia en conflicto de este playbook creada por {service} ({detail}): alguien guardó el playbook en otro lugar mientras se modificaba aquí.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Combinando…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Este archivo</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>La copia</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>The copy could not be merged: {exc}</source>
        <translation>No se pudo combinar la copia: {exc}</translation>
    </message>
    <message>
        <source>{path} (as opened)</source>
        <translation>{path} (tal como se abrió)</translation>
    </message>
    <message>
        <source>The playbook was changed while this dialog was open, so the copy was merged again: check the choices below, then press Merge. </source>
        <translation>El playbook se modificó mientras este cuadro de diálogo estaba abierto, así que la copia se combinó de nuevo: revise las opciones de abajo y pulse Combinar. </translation>
    </message>
    <message numerus="yes">
        <source>Merged against {base}: edits made on one side only are taken as they are; the copy&apos;s own %n change(s) listed below are taken unless you keep this file&apos;s value (keep it where the copy only lacks an edit made here).</source>
        <translation>
            <numerusform>Combinado a partir de {base}: los cambios hechos en un solo lado se toman tal cual; el cambio propio de la copia que aparece abajo se toma salvo que conserve el valor de este archivo (consérvelo donde a la copia solo le falta un cambio hecho aquí).</numerusform>
            <numerusform>Combinado a partir de {base}: los cambios hechos en un solo lado se toman tal cual; los %n cambios propios de la copia que aparecen abajo se toman salvo que conserve el valor de este archivo (consérvelo donde a la copia solo le falta un cambio hecho aquí).</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged against {base}: edits made on one side only are taken as they are.</source>
        <translation>Combinado a partir de {base}: los cambios hechos en un solo lado se toman tal cual.</translation>
    </message>
    <message>
        <source>No earlier version common to both is known (no backup or commit both started from): choose, for each difference, which value to keep.</source>
        <translation>No se conoce ninguna versión anterior común (ninguna copia de seguridad ni commit del que partieran ambas): elija, para cada diferencia, qué valor conservar.</translation>
    </message>
    <message numerus="yes">
        <source>Merging changes %n field(s) of the open playbook.</source>
        <translation>
            <numerusform>La combinación cambia %n campo del playbook abierto.</numerusform>
            <numerusform>La combinación cambia %n campos del playbook abierto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to decide below.</source>
        <translation>
            <numerusform>%n por decidir abajo.</numerusform>
            <numerusform>%n por decidir abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>Nada que decidir.</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(no existe)</translation>
    </message>
    <message>
        <source>The two versions together break the playbook: this file&apos;s version is kept</source>
        <translation>Las dos versiones juntas invalidan el playbook: se conserva la versión de este archivo</translation>
    </message>
    <message>
        <source>A spoke keeps this file&apos;s value here; the conflict is listed at the top of the file</source>
        <translation>Un spoke conserva aquí el valor de este archivo; el conflicto aparece al principio del archivo</translation>
    </message>
    <message>
        <source>This copy cannot be merged: {error}</source>
        <translation>Esta copia no se puede combinar: {error}</translation>
    </message>
    <message>
        <source>merging a conflict copy</source>
        <translation>la combinación de una copia en conflicto</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>Combinar {name}</translation>
    </message>
    <message>
        <source>The merged spoke could not be saved: {exc}</source>
        <translation>No se pudo guardar el spoke combinado: {exc}</translation>
    </message>
    <message>
        <source>Save the merged playbook</source>
        <translation>Guardar el playbook combinado</translation>
    </message>
    <message>
        <source>The copy is merged into the open playbook. Save it now? {name} is moved aside only once the merge is saved; until then it stays where it is.</source>
        <translation>La copia está combinada en el playbook abierto. ¿Guardarlo ahora? {name} solo se aparta una vez guardada la combinación; hasta entonces se queda donde está.</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Guardar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Move the conflict copy aside</source>
        <translation>Apartar la copia en conflicto</translation>
    </message>
    <message>
        <source>Move {name} into the &apos;{CONFLICTS_FOLDER}&apos; folder beside the playbook? It is kept there, not deleted.</source>
        <translation>¿Mover {name} a la carpeta «{CONFLICTS_FOLDER}» junto al playbook? Allí se conserva, no se elimina.</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>Moverla</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Dejarla</translation>
    </message>
    <message>
        <source>{copy}: could not be moved ({value})</source>
        <translation>{copy}: no se pudo mover ({value})</translation>
    </message>
</context>
<context>
    <name>TailoringTranslations</name>
    <message>
        <source>Current</source>
        <extracomment>The states a translation is shown in (column &quot;State&quot;).</extracomment>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Stale: the source changed since it was translated</source>
        <translation>Desactualizada: el texto de origen cambió desde que se tradujo</translation>
    </message>
    <message>
        <source>The spoke does not resolve against its hub</source>
        <translation>El spoke no se resuelve respecto a su hub</translation>
    </message>
    <message>
        <source>Translate: {place}</source>
        <translation>Traducir: {place}</translation>
    </message>
    <message>
        <source>&amp;Language (BCP 47)</source>
        <translation>&amp;Idioma (BCP 47)</translation>
    </message>
    <message>
        <source>&amp;Reviewed by</source>
        <translation>&amp;Revisado por</translation>
    </message>
    <message>
        <source>needed: the hub locks {item}</source>
        <translation>obligatorio: el hub bloquea {item}</translation>
    </message>
    <message>
        <source>only for a text the hub locks</source>
        <translation>solo para un texto que el hub bloquea</translation>
    </message>
    <message>
        <source>&amp;Hub approval</source>
        <translation>Aprobación del &amp;hub</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texto de origen</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Write the translation beside the source text first.</source>
        <translation>Escriba primero la traducción junto al texto de origen.</translation>
    </message>
    <message>
        <source>The hub locks {item}: a translation of it is what the region&apos;s staff read in its place. Name who at the hub approved it (Hub approval).</source>
        <translation>El hub bloquea {item}: su traducción es lo que el personal de la región lee en su lugar. Indique quién la aprobó en el hub (Aprobación del hub).</translation>
    </message>
    <message>
        <source>Translate into {language}: {place}</source>
        <translation>Traducir a {language}: {place}</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Source text (now)</source>
        <translation>Texto de origen (actual)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Edit translation…</source>
        <translation>&amp;Editar traducción…</translation>
    </message>
    <message>
        <source>Reviewed: &amp;refresh</source>
        <translation>Revisada: act&amp;ualizar</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>Quitar traducción</translation>
    </message>
    <message>
        <source>This spoke has no translations. Select a text field on the Fields tab and choose Translate… to add one; exports in that language then use it.</source>
        <translation>Este spoke no tiene traducciones. Seleccione un campo de texto en la pestaña Campos y elija Traducir… para añadir una; las exportaciones en ese idioma la usarán.</translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s); </source>
        <translation>
            <numerusform>%n traducción; </numerusform>
            <numerusform>%n traducciones; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review (the source changed, or the field is gone).</source>
        <translation>
            <numerusform>%n necesita revisión (el texto de origen cambió o el campo ya no existe).</numerusform>
            <numerusform>%n necesitan revisión (el texto de origen cambió o el campo ya no existe).</numerusform>
        </translation>
    </message>
    <message>
        <source>all current.</source>
        <translation>todas al día.</translation>
    </message>
    <message>
        <source>Select a text field on the Fields tab first.</source>
        <translation>Seleccione primero un campo de texto en la pestaña Campos.</translation>
    </message>
    <message>
        <source>Select a translation first.</source>
        <translation>Seleccione primero una traducción.</translation>
    </message>
    <message>
        <source>Reviewed translation into {language}: {path}</source>
        <translation>Traducción a {language} revisada: {path}</translation>
    </message>
    <message>
        <source>Remove translation into {language}: {path}</source>
        <translation>Quitar la traducción a {language}: {path}</translation>
    </message>
    <message>
        <source>The spoke must resolve against its hub before its texts are translated.</source>
        <translation>El spoke debe resolverse respecto a su hub antes de traducir sus textos.</translation>
    </message>
</context>
<context>
    <name>TailoringView</name>
    <message>
        <source>tightens</source>
        <extracomment>item role of a group node: a FieldRow of the keyed list item the group shows how long the value may rest before the decision on it is asked for (typing in a field) values at least this long get a tooltip with the whole text</extracomment>
        <translation>endurece</translation>
    </message>
    <message>
        <source>loosens</source>
        <translation>relaja</translation>
    </message>
    <message>
        <source>refused: loosens a locked item</source>
        <translation>rechazado: relaja un elemento bloqueado</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Change for this region</source>
        <translation>Cambiar para esta región</translation>
    </message>
    <message>
        <source>Hub value: {value}</source>
        <translation>Valor del hub: {value}</translation>
    </message>
    <message>
        <source>Why this region departs from the hub (a local law, market, language)</source>
        <translation>Por qué esta región se aparta del hub (una ley local, el mercado, el idioma)</translation>
    </message>
    <message>
        <source>Region value of {value}</source>
        <translation>Valor regional de {value}</translation>
    </message>
    <message>
        <source>Region value</source>
        <translation>Valor regional</translation>
    </message>
    <message>
        <source>Change {label}</source>
        <translation>Cambiar {label}</translation>
    </message>
    <message>
        <source>Remove for this region</source>
        <translation>Quitar para esta región</translation>
    </message>
    <message>
        <source>Remove &lt;b&gt;{name}&lt;/b&gt; from this region&apos;s playbook. The hub keeps it; other regions are not affected.</source>
        <translation>Quitar &lt;b&gt;{name}&lt;/b&gt; del playbook de esta región. El hub lo conserva; las demás regiones no se ven afectadas.</translation>
    </message>
    <message>
        <source>Why the region does not use it (e.g. the platform is not used in the region)</source>
        <translation>Por qué la región no lo usa (p. ej., la plataforma no se usa en la región)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Tailoring — {name}</source>
        <translation>Adaptación — {name}</translation>
    </message>
    <message>
        <source>Translations</source>
        <extracomment>the digest of the file as read (or last saved): a save over someone else&apos;s change asks first</extracomment>
        <translation>Traducciones</translation>
    </message>
    <message>
        <source>Sectio&amp;n</source>
        <translation>Secció&amp;n</translation>
    </message>
    <message>
        <source>&amp;Only fields this region changes</source>
        <translation>&amp;Solo los campos que cambia esta región</translation>
    </message>
    <message>
        <source>locked by the hub (may only be tightened)</source>
        <translation>bloqueado por el hub (solo se puede endurecer)</translation>
    </message>
    <message>
        <source>&lt;b&gt;bold blue&lt;/b&gt;: changed for this region</source>
        <translation>&lt;b&gt;azul en negrita&lt;/b&gt;: cambiado para esta región</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Hub value</source>
        <translation>Valor del hub</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>&amp;Change for this region…</source>
        <translation>&amp;Cambiar para esta región…</translation>
    </message>
    <message>
        <source>Re&amp;vert to hub</source>
        <translation>Volver al valor del &amp;hub</translation>
    </message>
    <message>
        <source>Re&amp;move item for this region…</source>
        <translation>&amp;Quitar elemento para esta región…</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>&amp;Traducir…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Differences from hub</source>
        <translation>Diferencias con el hub</translation>
    </message>
    <message>
        <source>Revert to hub</source>
        <translation>Volver al valor del hub</translation>
    </message>
    <message>
        <source>Hub item</source>
        <translation>Elemento del hub</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Hub when tailored</source>
        <translation>Hub al adaptar</translation>
    </message>
    <message>
        <source>Hub now</source>
        <translation>Hub ahora</translation>
    </message>
    <message>
        <source>This region</source>
        <translation>Esta región</translation>
    </message>
    <message>
        <source>Hub changed since you tailored</source>
        <translation>Hub modificado desde la adaptación</translation>
    </message>
    <message>
        <source>Reviewed: acknowledge</source>
        <translation>Revisado: confirmar</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Confirmar todo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Working out the change…</source>
        <translation>Calculando el cambio…</translation>
    </message>
    <message>
        <source>Sign off re&amp;gion…</source>
        <translation>&amp;Aprobar región…</translation>
    </message>
    <message>
        <source>Record the regional approval of this spoke&apos;s effective playbook</source>
        <translation>Registrar la aprobación regional del playbook efectivo de este spoke</translation>
    </message>
    <message>
        <source>&amp;Save spoke</source>
        <translation>&amp;Guardar spoke</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The spoke cannot be tailored until it resolves against its hub (see above).</source>
        <translation>El spoke no se puede adaptar hasta que se resuelva respecto a su hub (véase arriba).</translation>
    </message>
    <message>
        <source>{item} is not in this region&apos;s playbook; use Revert to hub to bring it back.</source>
        <translation>{item} no está en el playbook de esta región; use «Volver al valor del hub» para recuperarlo.</translation>
    </message>
    <message>
        <source>Select an item of a list (a channel, a rule, a record class) first.</source>
        <translation>Seleccione primero un elemento de una lista (un canal, una regla, una clase de registro).</translation>
    </message>
    <message>
        <source>{label} has the hub&apos;s value; there is nothing to revert.</source>
        <translation>{label} tiene el valor del hub; no hay nada que revertir.</translation>
    </message>
    <message>
        <source>Revert to hub: {label}</source>
        <translation>Volver al valor del hub: {label}</translation>
    </message>
    <message>
        <source>Select a difference made by a spoke change first.</source>
        <translation>Seleccione primero una diferencia causada por un cambio del spoke.</translation>
    </message>
    <message>
        <source>Revert to hub: {place}</source>
        <translation>Volver al valor del hub: {place}</translation>
    </message>
    <message>
        <source>Acknowledge hub change: {where}</source>
        <translation>Confirmar cambio del hub: {where}</translation>
    </message>
    <message>
        <source>Acknowledge all hub changes</source>
        <translation>Confirmar todos los cambios del hub</translation>
    </message>
    <message>
        <source>The spoke cannot be signed off until it resolves against its hub (see above).</source>
        <translation>El spoke no se puede aprobar hasta que se resuelva respecto a su hub (véase arriba).</translation>
    </message>
    <message>
        <source>Sign off region {region}</source>
        <translation>Aprobar la región {region}</translation>
    </message>
    <message>
        <source>Spoke changed on disk</source>
        <translation>Spoke modificado en el disco</translation>
    </message>
    <message>
        <source>{name} was changed outside this window since you opened it. Replace it with your tailoring (the previous file is kept as .bak)?</source>
        <translation>{name} se modificó fuera de esta ventana desde que lo abrió. ¿Reemplazarlo por su adaptación (el archivo anterior se conserva como .bak)?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{exc}. Your tailoring stays open here.</source>
        <translation>{exc}. Su adaptación sigue abierta aquí.</translation>
    </message>
    <message>
        <source>{path}: the spoke could not be saved ({exc})</source>
        <translation>{path}: no se pudo guardar el spoke ({exc})</translation>
    </message>
    <message>
        <source>Finishing the change, then closing…</source>
        <translation>Terminando el cambio y cerrando…</translation>
    </message>
    <message>
        <source>Unsaved tailoring</source>
        <translation>Adaptación no guardada</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>¿Guardar los cambios de {name}?</translation>
    </message>
    <message>
        <source>The change could not be worked out (see the message).</source>
        <translation>No se pudo calcular el cambio (véase el mensaje).</translation>
    </message>
    <message>
        <source>tailoring the spoke</source>
        <translation>la adaptación del spoke</translation>
    </message>
    <message>
        <source>The region cannot be signed off yet: {reason}</source>
        <translation>La región aún no se puede aprobar: {reason}</translation>
    </message>
    <message>
        <source>Sign off region ({approver})</source>
        <translation>Aprobar la región ({approver})</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Region:&lt;/b&gt; {region} &amp;nbsp; &lt;b&gt;Hub:&lt;/b&gt; {hub} ({hub_version}) &amp;nbsp; &lt;b&gt;Tailored against:&lt;/b&gt; v{tailored_against} &amp;nbsp; &lt;b&gt;Changes:&lt;/b&gt; {changes}</source>
        <translation>&lt;b&gt;Región:&lt;/b&gt; {region} &amp;nbsp; &lt;b&gt;Hub:&lt;/b&gt; {hub} ({hub_version}) &amp;nbsp; &lt;b&gt;Adaptado respecto a:&lt;/b&gt; v{tailored_against} &amp;nbsp; &lt;b&gt;Cambios:&lt;/b&gt; {changes}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>The spoke resolves against its hub with no spoke problems.</source>
        <translation>El spoke se resuelve respecto a su hub sin problemas.</translation>
    </message>
    <message>
        <source>Undo {text}</source>
        <translation>Deshacer: {text}</translation>
    </message>
    <message>
        <source>Tailoring — {name}{star}</source>
        <translation>Adaptación — {name}{star}</translation>
    </message>
    <message>
        <source>Locked by the hub: this region may only tighten it</source>
        <translation>Bloqueado por el hub: esta región solo puede endurecerlo</translation>
    </message>
    <message>
        <source>{kind} ({verdict})</source>
        <translation>{kind} ({verdict})</translation>
    </message>
    <message>
        <source>(no rationale)</source>
        <translation>(sin justificación)</translation>
    </message>
    <message>
        <source>Differences from hub ({count})</source>
        <translation>Diferencias con el hub ({count})</translation>
    </message>
    <message>
        <source>Hub value changed</source>
        <translation>Valor del hub modificado</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>Elemento modificado</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>Elemento añadido</translation>
    </message>
    <message>
        <source>Item removed</source>
        <translation>Elemento eliminado</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>Double-click to see this item&apos;s fields, hub and region side by side</source>
        <translation>Haga doble clic para ver los campos de este elemento, hub y región lado a lado</translation>
    </message>
    <message>
        <source>The hub cannot be read, so its changes cannot be listed.</source>
        <translation>No se puede leer el hub, así que no se pueden listar sus cambios.</translation>
    </message>
    <message>
        <source>The hub has not changed since this region was tailored (version {current_version}).</source>
        <translation>El hub no ha cambiado desde que se adaptó esta región (versión {current_version}).</translation>
    </message>
    <message>
        <source>The hub moved from version {value} to {current_version}, but none of its items did. Acknowledge to record the new version.</source>
        <translation>El hub pasó de la versión {value} a la {current_version}, pero ninguno de sus elementos cambió. Confirme para registrar la nueva versión.</translation>
    </message>
    <message>
        <source>The hub moved from version {value} to {current_version}. Review each item and acknowledge it; acknowledging records the hub&apos;s current value.</source>
        <translation>El hub pasó de la versión {value} a la {current_version}. Revise y confirme cada elemento; al confirmar se registra el valor actual del hub.</translation>
    </message>
    <message>
        <source>Hub changed since you tailored ({drifts})</source>
        <translation>Hub modificado desde la adaptación ({drifts})</translation>
    </message>
    <message>
        <source>Select a field to see where its value comes from and what the hub allows.</source>
        <translation>Seleccione un campo para ver de dónde viene su valor y qué permite el hub.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the region changed:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Qué cambió la región:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <source>Needed before the playbook can be approved.</source>
        <extracomment>what a step&apos;s severity means for the playbook, in words (its icon says it to the eye)</extracomment>
        <translation>Necesario antes de poder aprobar el playbook.</translation>
    </message>
    <message>
        <source>Recommended.</source>
        <translation>Recomendado.</translation>
    </message>
    <message>
        <source>Worth doing.</source>
        <translation>Conveniente.</translation>
    </message>
    <message>
        <source>needed before the playbook can be approved</source>
        <extracomment>the same, as a short note after a step&apos;s title</extracomment>
        <translation>necesario antes de la aprobación</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <source>worth doing</source>
        <translation>conveniente</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>The steps left to complete this playbook; under each, the places it concerns. Enter goes to a place.</source>
        <translation>Los pasos que faltan para completar este playbook; bajo cada uno, los lugares afectados. Intro va a un lugar.</translation>
    </message>
    <message>
        <source>What the step means</source>
        <translation>Qué significa el paso</translation>
    </message>
    <message numerus="yes">
        <source> (%n places)</source>
        <translation>
            <numerusform> (%n lugar)</numerusform>
            <numerusform> (%n lugares)</numerusform>
        </translation>
    </message>
    <message>
        <source>No playbook open</source>
        <translation>No hay ningún playbook abierto</translation>
    </message>
    <message>
        <source>Nothing left to do: the checks find no gaps.</source>
        <translation>No queda nada por hacer: los controles no encuentran lagunas.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) left</source>
        <translation>
            <numerusform>Queda %n paso</numerusform>
            <numerusform>Quedan %n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them before the playbook can be approved</source>
        <translation>
            <numerusform>, %n de ellos antes de poder aprobar el playbook</numerusform>
            <numerusform>, %n de ellos antes de poder aprobar el playbook</numerusform>
        </translation>
    </message>
    <message>
        <source>. Select a step to see what it means; Enter on a place goes to its field.</source>
        <translation>. Seleccione un paso para ver qué significa; Intro sobre un lugar va a su campo.</translation>
    </message>
    <message>
        <source>Here: {place}</source>
        <translation>Aquí: {place}</translation>
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
        <translation>Playbooks de gobernanza de redes sociales: redactar, comprobar, aprobar y exportar.</translation>
    </message>
    <message>
        <source>Start a new playbook</source>
        <translation>Empezar un nuevo playbook</translation>
    </message>
    <message>
        <source>Starters</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>The starter a new playbook begins from; Enter creates it</source>
        <translation>La plantilla de la que parte un nuevo playbook; Intro lo crea</translation>
    </message>
    <message>
        <source>&amp;Create from Starter</source>
        <translation>&amp;Crear a partir de la plantilla</translation>
    </message>
    <message>
        <source>A new playbook from the selected starter, in this window</source>
        <translation>Un nuevo playbook a partir de la plantilla seleccionada, en esta ventana</translation>
    </message>
    <message>
        <source>New Playbook &amp;Wizard…</source>
        <translation>Nuevo playbook con el &amp;asistente…</translation>
    </message>
    <message>
        <source>A hub and its regional spokes, step by step: starter, model, regions, people</source>
        <translation>Un hub y sus spokes regionales, paso a paso: plantilla, modelo, regiones, personas</translation>
    </message>
    <message>
        <source>&amp;Open a Playbook…</source>
        <translation>A&amp;brir un playbook…</translation>
    </message>
    <message>
        <source>Choose a playbook file to open</source>
        <translation>Elegir un archivo de playbook para abrir</translation>
    </message>
    <message>
        <source>Hub and spoke: the wizard writes the corporate hub and one spoke file per region, which regional managers then tailor.</source>
        <translation>Hub y spokes: el asistente escribe el hub corporativo y un archivo de spoke por región, que los responsables regionales adaptan después.</translation>
    </message>
    <message>
        <source>Recent playbooks</source>
        <translation>Playbooks recientes</translation>
    </message>
    <message>
        <source>Playbooks opened before, newest first; Enter opens one</source>
        <translation>Playbooks abiertos antes, los más recientes primero; Intro abre uno</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open. You can also drop a playbook file on this window.</source>
        <translation>Haga doble clic o pulse Intro para abrir. También puede soltar un archivo de playbook en esta ventana.</translation>
    </message>
    <message>
        <source>No recent playbooks yet.</source>
        <translation>Aún no hay playbooks recientes.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Industry and regime</source>
        <translation>Sector y régimen</translation>
    </message>
    <message>
        <source>Start from the starter closest to your firm; its regulatory presets come with it.</source>
        <translation>Empiece por la plantilla más cercana a su empresa; sus marcos normativos vienen con ella.</translation>
    </message>
    <message>
        <source>The starter closest to your firm: its regulatory presets come with it</source>
        <translation>La plantilla más cercana a su empresa: sus marcos normativos vienen con ella</translation>
    </message>
    <message>
        <source>Starters</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Governance model</source>
        <translation>Modelo de gobernanza</translation>
    </message>
    <message>
        <source>How social media is organised. Hub and spoke is what most regulated firms choose.</source>
        <translation>Cómo se organizan las redes sociales. La mayoría de las empresas reguladas elige hub and spoke.</translation>
    </message>
    <message>
        <source>&amp;Audiences of your own:</source>
        <translation>&amp;Públicos propios:</translation>
    </message>
    <message>
        <source>e.g. Volunteers, or Certified spokespeople</source>
        <translation>p. ej. Voluntarios, o Portavoces certificados</translation>
    </message>
    <message>
        <source>The audience as your policy names it</source>
        <translation>El público tal como lo llama su política</translation>
    </message>
    <message>
        <source>Audience name</source>
        <translation>Nombre del público</translation>
    </message>
    <message>
        <source>The built-in audience it is a kind of: that audience&apos;s checks then bind it</source>
        <translation>El público integrado del que es un tipo: entonces le obligan los controles de ese público</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Cuenta como</translation>
    </message>
    <message>
        <source>A group of its own</source>
        <translation>Un grupo propio</translation>
    </message>
    <message>
        <source>Add audience</source>
        <translation>Añadir público</translation>
    </message>
    <message>
        <source>Adds the audience to the policy&apos;s scope</source>
        <translation>Añade el público al ámbito de la política</translation>
    </message>
    <message>
        <source>The audiences of your own the new playbook will define</source>
        <translation>Los públicos propios que definirá el nuevo playbook</translation>
    </message>
    <message>
        <source>Audiences of your own</source>
        <translation>Públicos propios</translation>
    </message>
    <message>
        <source>Remove audience</source>
        <translation>Quitar público</translation>
    </message>
    <message>
        <source>Removes the selected audience</source>
        <translation>Quita el público seleccionado</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already an audience.</source>
        <translation>«{name}» ya es un público.</translation>
    </message>
    <message>
        <source>Scope: regions and audiences</source>
        <translation>Ámbito: regiones y públicos</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Añadir:</translation>
    </message>
    <message>
        <source>Add the region {region}</source>
        <translation>Añadir la región {region}</translation>
    </message>
    <message>
        <source>Adds {region} to the regions, as a spoke of the hub</source>
        <translation>Añade {region} a las regiones, como spoke del hub</translation>
    </message>
    <message>
        <source>&amp;Regions, one per line:</source>
        <translation>&amp;Regiones, una por línea:</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>One region, business unit or brand per line; each becomes a spoke file</source>
        <translation>Una región, unidad de negocio o marca por línea; cada una se convierte en un archivo de spoke</translation>
    </message>
    <message>
        <source>{label} needs at least one spoke: each region becomes a spoke file that tailors the hub (local laws, languages, contacts). Add the groups your policy names of its own.</source>
        <translation>{label} necesita al menos un spoke: cada región se convierte en un archivo de spoke que adapta el hub (leyes locales, idiomas, contactos). Añada los grupos propios que nombra su política.</translation>
    </message>
    <message>
        <source>{label} has no spokes: leave the regions empty for a single playbook, or add regions to tailor it per region all the same. Add the groups your policy names of its own.</source>
        <translation>{label} no tiene spokes: deje las regiones vacías para un único playbook, o añada regiones para adaptarlo igualmente por región. Añada los grupos propios que nombra su política.</translation>
    </message>
    <message>
        <source>Counts as {audience}</source>
        <translation>Cuenta como {audience}</translation>
    </message>
    <message>
        <source>{name} (counts as {audience})</source>
        <translation>{name} (cuenta como {audience})</translation>
    </message>
    <message>
        <source>The starter already defines: {names}.</source>
        <translation>La plantilla ya define: {names}.</translation>
    </message>
    <message>
        <source>The starter defines no audiences of its own.</source>
        <translation>La plantilla no define públicos propios.</translation>
    </message>
    <message numerus="yes">
        <source>%n spoke(s) will be created: {regions}.</source>
        <translation>
            <numerusform>Se creará %n spoke: {regions}.</numerusform>
            <numerusform>Se crearán %n spokes: {regions}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No regions yet.</source>
        <translation>Aún no hay regiones.</translation>
    </message>
    <message>
        <source>Two regions have the same name.</source>
        <translation>Dos regiones tienen el mismo nombre.</translation>
    </message>
    <message>
        <source>{label} needs at least one region. Add one, or go Back and choose a model without spokes (organic, centralized or honeycomb).</source>
        <translation>{label} necesita al menos una región. Añada una, o vuelva atrás y elija un modelo sin spokes (orgánico, centralizado o en panal).</translation>
    </message>
    <message>
        <source>Title, people and roles</source>
        <translation>Título, personas y cargos</translation>
    </message>
    <message>
        <source>The owner is accountable for the playbook; the executive champion sponsors the programme (the first reason social media programmes fail is that no executive buys in).</source>
        <translation>El responsable rinde cuentas del playbook; el patrocinador ejecutivo impulsa el programa (la primera causa de fracaso de los programas de redes sociales es que ningún directivo se implica).</translation>
    </message>
    <message>
        <source>The title of the policy as staff will see it</source>
        <translation>El título de la política tal como lo verá el personal</translation>
    </message>
    <message>
        <source>e.g. Acme Bank Social Media Policy</source>
        <translation>p. ej. Política de redes sociales de Acme Bank</translation>
    </message>
    <message>
        <source>Full name of the person accountable for the playbook</source>
        <translation>Nombre completo de la persona responsable del playbook</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Full name of the executive who sponsors the programme (optional)</source>
        <translation>Nombre completo del directivo que patrocina el programa (opcional)</translation>
    </message>
    <message>
        <source>Full name of the sponsoring executive</source>
        <translation>Nombre completo del directivo patrocinador</translation>
    </message>
    <message>
        <source>Offices, committees and teams the policy names instead of a person, one per line; owners, approvers, decision rights and crisis contacts may name them</source>
        <translation>Oficinas, comités y equipos que la política nombra en lugar de una persona, uno por línea; responsables, aprobadores, derechos de decisión y contactos de crisis pueden nombrarlos</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Playbook title</source>
        <translation>Título del playbook</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Executive champion</source>
        <translation>Patrocinador ejecutivo</translation>
    </message>
    <message>
        <source>Roles, one per line</source>
        <translation>Cargos, uno por línea</translation>
    </message>
    <message>
        <source>The starter already names: {names}. Add the offices and committees your policy names besides them (e.g. Ethics Committee).</source>
        <translation>La plantilla ya nombra: {names}. Añada las oficinas y comités que su política nombra además (p. ej. Comité de Ética).</translation>
    </message>
    <message>
        <source>Add the offices and committees your policy names (e.g. Social Media Council, Privacy Officer).</source>
        <translation>Añada las oficinas y comités que nombra su política (p. ej. Consejo de Redes Sociales, Delegado de Protección de Datos).</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>Dónde guardar</translation>
    </message>
    <message>
        <source>The hub and its spoke files are written into this folder; nothing is overwritten.</source>
        <translation>El hub y sus archivos de spoke se escriben en esta carpeta; no se sobrescribe nada.</translation>
    </message>
    <message>
        <source>The folder the hub and its spoke files are written into</source>
        <translation>La carpeta en la que se escriben el hub y sus archivos de spoke</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder for the new files</source>
        <translation>Elegir la carpeta para los archivos nuevos</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <source>The start of the file names; the spokes add their region to it</source>
        <translation>El comienzo de los nombres de archivo; los spokes le añaden su región</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>Esa carpeta no existe.</translation>
    </message>
    <message>
        <source>{name} already exists in that folder.</source>
        <translation>{name} ya existe en esa carpeta.</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Nuevo playbook</translation>
    </message>
    <message>
        <source>The playbook was not created: {exc}</source>
        <translation>No se creó el playbook: {exc}</translation>
    </message>
</context>
<context>
    <name>Workflows</name>
    <message>
        <source>Folder</source>
        <extracomment>the content the next change-log entry is proposed against (last recorded version) the scorecards of approved content read so far, by content fingerprint injectable for tests: opens an exported file or folder, chooses a folder</extracomment>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>New Playbook &amp;Wizard…</source>
        <translation>Nuevo playbook con el &amp;asistente…</translation>
    </message>
    <message>
        <source>Create a hub and its regional spokes step by step</source>
        <translation>Crear un hub y sus spokes regionales paso a paso</translation>
    </message>
    <message>
        <source>New Spo&amp;ke…</source>
        <translation>Nuevo spo&amp;ke…</translation>
    </message>
    <message>
        <source>Start a regional spoke that tailors your organisation&apos;s hub</source>
        <translation>Empezar un spoke regional que adapta el hub de su organización</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>Registrar &amp;aprobación…</translation>
    </message>
    <message>
        <source>Record an approval of the current content</source>
        <translation>Registrar una aprobación del contenido actual</translation>
    </message>
    <message>
        <source>&amp;Record Change…</source>
        <translation>Registrar &amp;cambio…</translation>
    </message>
    <message>
        <source>Add an entry to the change log</source>
        <translation>Añadir una entrada al registro de cambios</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>Co&amp;mparar con…</translation>
    </message>
    <message>
        <source>See what differs from another version</source>
        <translation>Ver en qué difiere de otra versión</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Write a policy document (Word, PDF, HTML, ...)</source>
        <translation>Escribir un documento de política (Word, PDF, HTML, …)</translation>
    </message>
    <message>
        <source>&amp;Tailoring View…</source>
        <translation>Vista de a&amp;daptación…</translation>
    </message>
    <message>
        <source>Tailor this regional spoke against its hub</source>
        <translation>Adaptar este spoke regional respecto a su hub</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>the sign-off of {when} ({approver})</source>
        <translation>la aprobación del {when} ({approver})</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Nuevo playbook</translation>
    </message>
    <message>
        <source>Created, with problems to fix:
{summary}</source>
        <translation>Creado, con problemas por corregir:
{summary}</translation>
    </message>
    <message>
        <source>the {starter_title} starter</source>
        <translation>la plantilla «{starter_title}»</translation>
    </message>
    <message numerus="yes">
        <source>Created {name} and %n spoke file(s)</source>
        <translation>
            <numerusform>Creados {name} y %n archivo de spoke</numerusform>
            <numerusform>Creados {name} y %n archivos de spoke</numerusform>
        </translation>
    </message>
    <message>
        <source>New spoke</source>
        <translation>Nuevo spoke</translation>
    </message>
    <message>
        <source>Region, business unit or brand of the new spoke of {name}:</source>
        <translation>Región, unidad de negocio o marca del nuevo spoke de {name}:</translation>
    </message>
    <message>
        <source>New &apos;{region}&apos; spoke of {name}</source>
        <translation>Nuevo spoke «{region}» de {name}</translation>
    </message>
    <message>
        <source>Sign-off recorded (save to keep it)</source>
        <translation>Aprobación registrada (guarde para conservarla)</translation>
    </message>
    <message>
        <source>Its hub</source>
        <translation>Su hub</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <source>An earlier version (git)…</source>
        <translation>Una versión anterior (git)…</translation>
    </message>
    <message>
        <source>Compare this region&apos;s effective playbook with its hub, or with another file?</source>
        <translation>¿Comparar el playbook efectivo de esta región con su hub, o con otro archivo?</translation>
    </message>
    <message>
        <source>Compare with another file?</source>
        <translation>¿Comparar con otro archivo?</translation>
    </message>
    <message>
        <source>, or with an earlier version of this file in git?</source>
        <translation>, ¿o con una versión anterior de este archivo en git?</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>An earlier version</source>
        <translation>Una versión anterior</translation>
    </message>
    <message>
        <source> Merge them one at a time.</source>
        <translation> Combínelas de una en una.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n conflict copy(s) beside it, made by a sync client when the playbook was saved in two places at once:

{copies}

</source>
        <translation>
            <numerusform>{name} tiene al lado %n copia en conflicto, creada por un cliente de sincronización cuando el playbook se guardó en dos lugares a la vez:

{copies}

</numerusform>
            <numerusform>{name} tiene al lado %n copias en conflicto, creadas por un cliente de sincronización cuando el playbook se guardó en dos lugares a la vez:

{copies}

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge it into this playbook now?</source>
        <translation>
            <numerusform>¿Combinarla ahora en este playbook?</numerusform>
            <numerusform>¿Combinar ahora la primera en este playbook?</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict copy found</source>
        <translation>Copia en conflicto encontrada</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Combinar…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>This playbook is open read-only; the copy cannot be merged.</source>
        <translation>Este playbook está abierto en modo de solo lectura; la copia no se puede combinar.</translation>
    </message>
    <message>
        <source>line {line}: {note}</source>
        <translation>línea {line}: {note}</translation>
    </message>
    <message>
        <source>
  … and {value} more</source>
        <translation>
  … y {value} más</translation>
    </message>
    <message>
        <source>Unresolved merge conflicts</source>
        <translation>Conflictos de combinación sin resolver</translation>
    </message>
    <message>
        <source>{name} was merged with conflicts. This file&apos;s (OURS&apos;s) value stands at each; check it, change what should differ, then save (saving removes the list from the top of the file):</source>
        <translation>{name} se combinó con conflictos. En cada uno rige el valor de este archivo (OURS); revíselo, cambie lo que deba ser distinto y guarde (al guardar se quita la lista del principio del archivo):</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>Eximir…</translation>
    </message>
    <message>
        <source>The playbook is open read-only.</source>
        <translation>El playbook está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Conceder la exención</translation>
    </message>
</context>
</TS>
