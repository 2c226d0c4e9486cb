<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Social media governance playbooks.</source>
        <translation>ソーシャルメディア・ガバナンスのプレイブック。</translation>
    </message>
    <message>
        <source>No network access, no telemetry.</source>
        <translation>ネットワークへのアクセスなし、テレメトリなし。</translation>
    </message>
    <message>
        <source>Logs: {log_file}</source>
        <translation>ログ: {log_file}</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Apply and close this dialog</source>
        <translation>適用してこのダイアログを閉じます</translation>
    </message>
    <message>
        <source>Close this dialog without changing anything</source>
        <translation>何も変更せずにこのダイアログを閉じます</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>このウィンドウを閉じます</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>前の手順に戻ります</translation>
    </message>
    <message>
        <source>Go on to the next step</source>
        <translation>次の手順に進みます</translation>
    </message>
    <message>
        <source>Write the files and open the new playbook</source>
        <translation>ファイルを書き出し、新しいプレイブックを開きます</translation>
    </message>
    <message>
        <source>Close the wizard without writing anything</source>
        <translation>何も書き出さずにウィザードを閉じます</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>The content matches what was approved.</source>
        <extracomment>After an edit, the approval state is worked out in a worker once working it out took longer than this (seconds, the longest the GUI thread may be busy): it fingerprints the whole content, ~1 ms for the example hub but 0.3-1 s for 20,000 rules, which blocked the GUI thread on every keystroke in a large signed-off playbook (issue 22). the snapshot ``_state`` is of (None: no document, or not worked out yet) how long working out the state took the last time (seconds)</extracomment>
        <translation>内容は承認されたものと一致しています。</translation>
    </message>
    <message>
        <source>The content changed after the last approving sign-off; it needs a new sign-off.</source>
        <translation>最後の承認の後で内容が変更されました。新たな承認が必要です。</translation>
    </message>
    <message>
        <source>No approving sign-off has been recorded.</source>
        <translation>承認はまだ記録されていません。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>%n added</source>
        <extracomment>how many of each kind, for the summary line</extracomment>
        <translation>%n 件追加</translation>
    </message>
    <message>
        <source>%n removed</source>
        <translation>%n 件削除</translation>
    </message>
    <message>
        <source>%n changed</source>
        <translation>%n 件変更</translation>
    </message>
    <message>
        <source>{path}: this spoke cannot be compared: {unresolved_reason}</source>
        <translation>{path}: このスポークは比較できません: {unresolved_reason}</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>バージョンの比較</translation>
    </message>
    <message>
        <source>&lt;b&gt;Older:&lt;/b&gt; {old_title} v{old_version} ({old_name})&lt;br&gt;&lt;b&gt;Newer:&lt;/b&gt; {new_title} v{new_version} ({new_name})</source>
        <translation>&lt;b&gt;旧:&lt;/b&gt; {old_title} v{old_version} ({old_name})&lt;br&gt;&lt;b&gt;新:&lt;/b&gt; {new_title} v{new_version} ({new_name})</translation>
    </message>
    <message numerus="yes">
        <source>in %n section(s)</source>
        <translation>
            <numerusform>%n セクション</numerusform>
        </translation>
    </message>
    <message>
        <source>The two playbooks have the same content.</source>
        <translation>2 つのプレイブックの内容は同じです。</translation>
    </message>
    <message>
        <source>Each changed field by section: the change, the older and the newer value; Enter goes to the field</source>
        <translation>変更されたフィールド（セクション別）: 変更の種類、旧の値と新の値。Enter でフィールドに移動します</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>相違点</translation>
    </message>
    <message>
        <source>Section / field</source>
        <translation>セクション / フィールド</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Older value</source>
        <translation>旧の値</translation>
    </message>
    <message>
        <source>Newer value</source>
        <translation>新の値</translation>
    </message>
    <message>
        <source>Export as HTML…</source>
        <translation>HTML としてエクスポート…</translation>
    </message>
    <message>
        <source>Save these differences as a web page</source>
        <translation>この相違点を Web ページとして保存します</translation>
    </message>
    <message>
        <source>{path}: the comparison could not be saved ({exc})</source>
        <translation>{path}: 比較結果を保存できませんでした ({exc})</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 件の相違</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with an earlier version</source>
        <translation>以前のバージョンと比較</translation>
    </message>
    <message>
        <source>Looking for earlier versions of {name} in git…</source>
        <translation>git で {name} の以前のバージョンを探しています…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>{name} has no committed version in git yet.</source>
        <translation>{name} にはまだ git にコミットされたバージョンがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n committed version(s), newest first:</source>
        <translation>
            <numerusform>コミット済みのバージョン %n 件（新しい順）:</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier versions: {error}.</source>
        <translation>以前のバージョンはありません: {error}。</translation>
    </message>
    <message>
        <source>looking for earlier versions in git</source>
        <translation>git での以前のバージョンの検索</translation>
    </message>
    <message>
        <source>{file}: this version cannot be compared: {unresolved_reason}</source>
        <translation>{file}: このバージョンは比較できません: {unresolved_reason}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Playbooks (*.playbook.yaml *.yaml *.yml);;All files (*)</source>
        <translation>プレイブック (*.playbook.yaml *.yaml *.yml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open playbook</source>
        <translation>プレイブックを開く</translation>
    </message>
    <message>
        <source>Save playbook as</source>
        <translation>プレイブックに名前を付けて保存</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>保存しないと変更内容は失われます。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <extracomment>For a spoke shown read-only: path -&gt; where its value comes from (&quot;Inherited from the hub&quot;). For a spoke shown read-only: the spoke as read and resolved (the problems panel reports its findings from it, without reading the files again).</extracomment>
        <translation>無題</translation>
    </message>
    <message>
        <source>Untitled (not saved yet)</source>
        <translation>無題（未保存）</translation>
    </message>
    <message>
        <source>Add to {label}</source>
        <translation>{label} に追加</translation>
    </message>
    <message>
        <source>Duplicate in {label}</source>
        <translation>{label} で複製</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>It is still referred to by {places}; change those first</source>
        <translation>{places} からまだ参照されています。先にそちらを変更してください</translation>
    </message>
    <message>
        <source>Delete from {label}</source>
        <translation>{label} から削除</translation>
    </message>
    <message>
        <source>Move in {label}</source>
        <translation>{label} 内で移動</translation>
    </message>
    <message>
        <source>The playbook is open read-only</source>
        <translation>プレイブックは読み取り専用で開かれています</translation>
    </message>
    <message>
        <source>Change {label}</source>
        <translation>{label} を変更</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong that Charter did not expect while {context}.</source>
        <translation>次の処理中に予期しないエラーが発生しました: {context}。</translation>
    </message>
    <message>
        <source>Something went wrong that Charter did not expect.</source>
        <translation>Charter が想定していないエラーが発生しました。</translation>
    </message>
    <message>
        <source>Your document is still open; save your work under a new name if in doubt.</source>
        <translation>ドキュメントは開いたままです。不安な場合は、別の名前で作業内容を保存してください。</translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation>詳細は {file} に書き込まれました。</translation>
    </message>
    <message>
        <source>Charter: unexpected error</source>
        <translation>Charter: 予期しないエラー</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Severity:&lt;/b&gt; {severity} &amp;nbsp; &lt;b&gt;Area:&lt;/b&gt; {area}&lt;/p&gt;</source>
        <extracomment>Codes that no waiver in the playbook can cover: a spoke could otherwise waive its own lock violations, and a structural problem is not a governance judgement.</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;重大度:&lt;/b&gt; {severity} &amp;nbsp; &lt;b&gt;領域:&lt;/b&gt; {area}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This finding does not come from a governance check: it reports that the playbook does not fit the file format (or a check that failed). Fix the field it names.&lt;/p&gt;</source>
        <translation>&lt;p&gt;この指摘事項はガバナンスのチェックによるものではありません。プレイブックがファイル形式に合っていない（またはチェックが失敗した）ことを示しています。示されたフィールドを修正してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why it matters.&lt;/b&gt; {rationale}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;重要な理由。&lt;/b&gt; {rationale}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sources.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;出典。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>({status}, last verified {date})</source>
        <translation>（{status}、最終確認日 {date}）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Regulatory presets applied in this playbook that this check reads.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;このプレイブックで適用され、このチェックが参照する規制プリセット。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same text on the command line: &lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;コマンドラインで同じ内容を表示: &lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Charter has no explanation for this code; the finding below says what to fix.&lt;/p&gt;</source>
        <translation>&lt;p&gt;このコードについての説明はありません。下の指摘事項に修正すべき点が示されています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Whole playbook</source>
        <translation>プレイブック全体</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This finding&lt;/b&gt;, at {place}:&lt;br&gt;{message}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;この指摘事項&lt;/b&gt;（{place}）:&lt;br&gt;{message}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>適用除外: {reason}</translation>
    </message>
    <message>
        <source>Explain {code}</source>
        <translation>{code} の説明</translation>
    </message>
    <message>
        <source>Explanation of {code}</source>
        <translation>{code} の説明</translation>
    </message>
    <message>
        <source>{code} cannot be waived: spoke findings and format problems must be fixed (a waiver in the playbook never covers them).</source>
        <translation>{code} は適用除外にできません。スポークの指摘事項と形式の問題は修正が必要です（プレイブック内の適用除外はこれらを対象にしません）。</translation>
    </message>
    <message>
        <source>This finding is already waived.</source>
        <translation>この指摘事項はすでに適用除外になっています。</translation>
    </message>
    <message>
        <source>Waive {code}</source>
        <translation>{code} の適用除外</translation>
    </message>
    <message>
        <source>Accept the finding &lt;b&gt;{code}&lt;/b&gt;{title} with a reason. The waiver is part of the playbook and is shown in the exports (compliance checklist).</source>
        <translation>指摘事項 &lt;b&gt;{code}&lt;/b&gt;{title} を理由を付けて受け入れます。適用除外はプレイブックの一部となり、エクスポート（コンプライアンス・チェックリスト）に記載されます。</translation>
    </message>
    <message>
        <source>Only at {path}</source>
        <translation>{path} のみ</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>すべての箇所</translation>
    </message>
    <message>
        <source>Why the finding is accepted (required)</source>
        <translation>指摘事項を受け入れる理由（必須）</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <source>Ticked: the waiver covers this field only; unticked: the check everywhere</source>
        <translation>オン: このフィールドのみ適用除外。オフ: このチェックをすべての箇所で適用除外</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why the finding is accepted (required; shown in the exports)</source>
        <translation>指摘事項を受け入れる理由（必須。エクスポートに記載されます）</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Who accepts the finding</source>
        <translation>指摘事項を受け入れる人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>When the finding was accepted</source>
        <translation>指摘事項を受け入れた日</translation>
    </message>
    <message>
        <source>A waiver needs a reason: say why the finding is accepted.</source>
        <translation>適用除外には理由が必要です。指摘事項を受け入れる理由を入力してください。</translation>
    </message>
    <message>
        <source>The waiver would expire before it was accepted; choose a later expiry date.</source>
        <translation>適用除外が受け入れ日より前に期限切れになります。もっと後の有効期限を選んでください。</translation>
    </message>
    <message>
        <source>The waiver cannot be recorded: {value}</source>
        <translation>適用除外を記録できません: {value}</translation>
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
        <translation>Web ページ (.html)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV 表</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>文書を開く</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>何もしない</translation>
    </message>
    <message>
        <source>Reading the playbook</source>
        <extracomment>Formats laid out on pages of the chosen paper size. the user agreed to replace the file at ``output`` (the dialog asked) files the export must never replace (the playbook&apos;s own file)</extracomment>
        <translation>プレイブックを読み込んでいます</translation>
    </message>
    <message>
        <source>Writing the document</source>
        <translation>文書を書き出しています</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存しています</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Custom template folder</source>
        <translation>カスタムテンプレートのフォルダー</translation>
    </message>
    <message>
        <source>Export &lt;b&gt;{title}&lt;/b&gt; (version {version})</source>
        <extracomment>the choices remembered for this playbook (its file; a spoke&apos;s own file), or for any</extracomment>
        <translation>&lt;b&gt;{title}&lt;/b&gt;（バージョン {version}）をエクスポート</translation>
    </message>
    <message>
        <source>Effective playbook (the hub with this region&apos;s changes)</source>
        <translation>有効なプレイブック（ハブにこの地域の変更を反映したもの）</translation>
    </message>
    <message>
        <source>Export the whole playbook as it applies in this region</source>
        <translation>この地域で適用されるプレイブック全体をエクスポートします</translation>
    </message>
    <message>
        <source>Regional addendum (only this region&apos;s changes, with rationale)</source>
        <translation>地域補遺（この地域の変更のみ、理由付き）</translation>
    </message>
    <message>
        <source>Export only how this region differs from the hub, with the reasons</source>
        <translation>この地域がハブと異なる点のみを理由とともにエクスポートします</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>スポーク</translation>
    </message>
    <message>
        <source>Which document to write from the playbook</source>
        <translation>プレイブックから書き出す文書</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>The file format: only those this document can be written in</source>
        <translation>ファイル形式（この文書を書き出せる形式のみ）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Built-in templates</source>
        <translation>組み込みテンプレート</translation>
    </message>
    <message>
        <source>A folder of your own document templates; empty: the built-in templates</source>
        <translation>独自の文書テンプレートのフォルダー。空の場合は組み込みテンプレート</translation>
    </message>
    <message>
        <source>Custom templates</source>
        <translation>カスタムテンプレート</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose a folder of custom templates</source>
        <translation>カスタムテンプレートのフォルダーを選択します</translation>
    </message>
    <message>
        <source>Choose a template folder</source>
        <translation>テンプレートフォルダーを選択</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>Use Charter&apos;s built-in templates</source>
        <translation>Charter の組み込みテンプレートを使用します</translation>
    </message>
    <message>
        <source>Use the built-in templates</source>
        <translation>組み込みテンプレートを使用</translation>
    </message>
    <message>
        <source>The page size of a PDF or Word document (your organisation may set it)</source>
        <translation>PDF または Word 文書の用紙サイズ（組織で設定されている場合があります）</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>The file the document is written to</source>
        <translation>文書の書き出し先のファイル</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Choose the file the document is written to</source>
        <translation>文書の書き出し先のファイルを選択します</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>保存先を選択</translation>
    </message>
    <message>
        <source>What to open once the document is written</source>
        <translation>文書を書き出した後に開くもの</translation>
    </message>
    <message>
        <source>When done</source>
        <translation>完了後</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>How far the export has got</source>
        <translation>エクスポートの進み具合</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <source>Write the document in the background; this dialog shows its progress</source>
        <translation>バックグラウンドで文書を書き出します。このダイアログに進行状況が表示されます</translation>
    </message>
    <message>
        <source>Close this dialog (an export still running is cancelled)</source>
        <translation>このダイアログを閉じます（実行中のエクスポートはキャンセルされます）</translation>
    </message>
    <message>
        <source>Choose where to save the document.</source>
        <translation>文書の保存先を選択してください。</translation>
    </message>
    <message>
        <source>The document cannot be saved there: {exc}</source>
        <translation>その場所には文書を保存できません: {exc}</translation>
    </message>
    <message>
        <source>The template folder {value} does not exist.</source>
        <translation>テンプレートフォルダー {value} は存在しません。</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>ファイルの置き換え</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} はすでに存在します。置き換えますか？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>Exporting {document} as {format}…</source>
        <translation>{document} を {format} としてエクスポートしています…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>エクスポートはキャンセルされました。</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} を保存しました</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>エクスポートに失敗しました: {error}</translation>
    </message>
    <message>
        <source>The export failed unexpectedly.</source>
        <translation>エクスポートが予期せず失敗しました。</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Not applied: {text}</source>
        <extracomment>whether the input keeps a refused text while the user is still typing it (text, numbers, dates); a choice or a tick shows the kept value again at once</extracomment>
        <translation>適用されていません: {text}</translation>
    </message>
    <message>
        <source>{text} ({label})</source>
        <translation>{text}（{label}）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Show the text as it will read in the policy (Markdown)</source>
        <translation>ポリシーでの見え方でテキストを表示します（Markdown）</translation>
    </message>
    <message>
        <source>Preview {label}</source>
        <translation>{label} のプレビュー</translation>
    </message>
    <message>
        <source>{label} is {fixed_text} in the file: more than this box can edit (numbers up to {LARGEST:,.0f}, with up to {MOST_DECIMALS} decimals). It is kept as it is; change it in the file itself.</source>
        <extracomment>why a value is shown read-only (the box cannot hold it), under the box</extracomment>
        <translation>ファイル内の {label} は {fixed_text} です。この欄で編集できる範囲（{LARGEST:,.0f} までの数値、小数点以下 {MOST_DECIMALS} 桁まで）を超えています。値はそのまま保持されます。ファイル自体で変更してください。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Set {label} to &apos;not set&apos;</source>
        <translation>{label} を「未設定」にします</translation>
    </message>
    <message>
        <source>Clear {label}</source>
        <translation>{label} をクリア</translation>
    </message>
    <message>
        <source>Sets {label} to not set</source>
        <translation>{label} を未設定にします</translation>
    </message>
    <message>
        <source>Ticked: {names}</source>
        <translation>選択済み: {names}</translation>
    </message>
    <message>
        <source>None ticked</source>
        <translation>選択なし</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>項目を追加します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>選択した項目を削除します</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move the selected entry up</source>
        <translation>選択した項目を上へ移動します</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the selected entry down</source>
        <translation>選択した項目を下へ移動します</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新しい項目</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Add a row at the end</source>
        <translation>末尾に行を追加します</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>選択した行を削除します</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>The Names of the last playbook snapshot asked about: a table paints many cells of one snapshot, and snapshots are never changed in place (a new one is a new object). kind -&gt; (the list the choices were made from, the choices). Lists are never changed in place (see playbooks.format.paths), so the same list object means the same choices.</extracomment>
        <translation>未設定</translation>
    </message>
    <message>
        <source>{reason}. {label} is still {shown}.</source>
        <translation>{reason}。{label} は {shown} のままです。</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a number</source>
        <translation>「{typed}」は数値ではありません</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>数値を入力してください</translation>
    </message>
</context>
<context>
    <name>FileSession</name>
    <message>
        <source>{path}: this spoke cannot be shown: {unresolved_reason}</source>
        <extracomment>How long a save waits for a command that is writing the same file (a sign-off takes well under a second). sync clients&apos; conflict copies of the file beside it (see :mod:`playbooks.audit.copies`) the unresolved conflicts a merge listed at the top of the file: (line, conflict) whether the file is in a git work tree (its earlier versions can be compared with)</extracomment>
        <translation>{path}: このスポークは表示できません: {unresolved_reason}</translation>
    </message>
    <message>
        <source>Opening {name}...</source>
        <extracomment>this run&apos;s part of recovery copy names (two windows on one file keep separate copies) the digest of the file as this session last read or wrote it (&apos;&apos; for none) whether the open file is in a git work tree (found while it was read, never on the GUI thread)</extracomment>
        <translation>{name} を開いています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>Opened in {value:.0f} ms</source>
        <translation>{value:.0f} ms で開きました</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of Charter and cannot be opened here.

{error}</source>
        <translation>{name} は新しいバージョンの Charter で書き込まれたため、ここでは開けません。

{error}</translation>
    </message>
    <message>
        <source>

(and {value} more problems; run &apos;charter validate&apos; for all)</source>
        <translation>

（ほかに {value} 件の問題があります。すべて表示するには「charter validate」を実行してください）</translation>
    </message>
    <message>
        <source>opening {path}</source>
        <translation>{path} を開く処理</translation>
    </message>
    <message>
        <source>{name} has a damaged lock file ({damaged}) that Charter cannot remove: {one_line}. Remove it by hand to save changes.

Open it read-only, or edit it anyway?</source>
        <translation>{name} のロックファイルが破損しており ({damaged})、Charter では削除できません: {one_line}。変更を保存するには手動で削除してください。

読み取り専用で開きますか、それともこのまま編集しますか？</translation>
    </message>
    <message>
        <source>{name} is already open in Charter by {describe}.

Open it read-only, or edit it anyway (changes saved by both will overwrite each other)?</source>
        <translation>{name} は {describe} が Charter ですでに開いています。

読み取り専用で開きますか、それともこのまま編集しますか（双方が保存した変更は互いに上書きされます）？</translation>
    </message>
    <message>
        <source>Playbook in use</source>
        <translation>プレイブックは使用中です</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <source>Edit anyway</source>
        <translation>このまま編集</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>新しいプレイブック</translation>
    </message>
    <message>
        <source>Start from a starter (you can change everything afterwards):</source>
        <translation>スターターから始めます（後ですべて変更できます）:</translation>
    </message>
    <message>
        <source>The starter &apos;{name}&apos; cannot be loaded: {exc}</source>
        <translation>スターター「{name}」を読み込めません: {exc}</translation>
    </message>
    <message>
        <source>the {starter_title} starter</source>
        <translation>スターター「{starter_title}」</translation>
    </message>
    <message>
        <source>New playbook from the {starter_title} starter</source>
        <translation>スターター「{starter_title}」から作成した新しいプレイブック</translation>
    </message>
    <message>
        <source>This playbook is open read-only; use Save As to keep a copy.</source>
        <translation>このプレイブックは読み取り専用で開かれています。コピーを残すには「名前を付けて保存」を使ってください。</translation>
    </message>
    <message>
        <source>{name} is open in Charter by {describe}; choose another name.</source>
        <translation>{name} は {describe} が Charter で開いています。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>{exc}. Your changes stay open here; Save As keeps them in another file.</source>
        <translation>{exc}。変更内容はここで開いたままです。「名前を付けて保存」で別のファイルに残せます。</translation>
    </message>
    <message>
        <source>{path}: could not be saved ({value})</source>
        <translation>{path}: 保存できませんでした ({value})</translation>
    </message>
    <message>
        <source>Saved {display_name}</source>
        <translation>{display_name} を保存しました</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>このまま保存しますか？</translation>
    </message>
    <message>
        <source>{name} {reason}.

Save your version all the same?</source>
        <translation>{name} {reason}。

それでもこのバージョンを保存しますか？</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>このまま保存</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <source>{name} was changed outside this window since you opened it (a sign-off or another editor). Replace it with your version? The file as it is now is kept as .bak.</source>
        <translation>{name} は、開いた後にこのウィンドウの外で変更されました（承認または別のエディター）。このバージョンで置き換えますか？ 現在のファイルは .bak として保持されます。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to {display_name}?</source>
        <translation>{display_name} への未保存の変更を破棄しますか？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Reloading {name}...</source>
        <translation>{name} を再読み込みしています…</translation>
    </message>
    <message>
        <source>{name} was not reloaded: you changed the playbook while it was being read. Your version stays open; use File &gt; Revert to Saved to reload it.</source>
        <translation>{name} は再読み込みされませんでした。読み込み中にプレイブックが変更されたためです。このバージョンは開いたままです。再読み込みするには「ファイル &gt; 保存時の状態に戻す」を使ってください。</translation>
    </message>
    <message>
        <source>Reloaded {name}</source>
        <translation>{name} を再読み込みしました</translation>
    </message>
    <message>
        <source>reloading {path}</source>
        <translation>{path} の再読み込み</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to {display_name}?</source>
        <translation>{display_name} への変更を保存しますか？</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>ファイルが削除されました</translation>
    </message>
    <message>
        <source>{name} was removed or renamed outside Charter. Your copy stays open; save it to write it back.</source>
        <translation>{name} は Charter の外で削除または名前変更されました。コピーは開いたままです。書き戻すには保存してください。</translation>
    </message>
    <message>
        <source> Reloading discards your unsaved changes.</source>
        <translation> 再読み込みすると未保存の変更は破棄されます。</translation>
    </message>
    <message>
        <source>{name} was changed outside Charter.{extra}

Reload it from disk, or keep the version shown?</source>
        <translation>{name} は Charter の外で変更されました。{extra}

ディスクから再読み込みしますか、それとも表示中のバージョンを保持しますか？</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>自分の版を保持</translation>
    </message>
    <message>
        <source>Unsaved changes kept in the recovery area</source>
        <translation>未保存の変更を復旧領域に保存しました</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>未保存の変更の復旧</translation>
    </message>
    <message>
        <source>Charter was not closed properly. Unsaved changes were kept:

{describe}

Restore them? (Nothing has been written to your file.)</source>
        <translation>Charter は正常に終了しませんでした。未保存の変更が保持されています:

{describe}

復元しますか？（ファイルには何も書き込まれていません。）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read ({exc}); it was kept.</source>
        <translation>復旧用のコピーを読み込めません ({exc})。コピーは保持されています。</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <source>Find in playbook (all text)</source>
        <translation>プレイブック内を検索（全テキスト）</translation>
    </message>
    <message>
        <source>Find in playbook</source>
        <translation>プレイブック内を検索</translation>
    </message>
    <message>
        <source>Text to find in every field of the playbook; results are listed below</source>
        <translation>プレイブックのすべてのフィールドで検索するテキスト。結果は下に表示されます</translation>
    </message>
    <message>
        <source>Find results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>The fields that contain the text, by section; Enter goes to one</source>
        <translation>テキストを含むフィールド（セクション別）。Enter で移動します</translation>
    </message>
    <message>
        <source>Search failed: {exc}</source>
        <translation>検索に失敗しました: {exc}</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>受け入れた指摘事項</translation>
    </message>
    <message numerus="yes">
        <source> (first %n)</source>
        <translation>
            <numerusform> （最初の %n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 件ヒット</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>ヒットなし</translation>
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
        <translation>1 行につき 1 件の {noun}。表の下のフォームに選択した行のすべてのフィールドが表示されます。</translation>
    </message>
    <message>
        <source>Select a {noun} to see all its fields, or add one.</source>
        <translation>{noun} を選択するとすべてのフィールドが表示されます。追加することもできます。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a {noun}</source>
        <translation>{noun} を追加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Duplicate the selected row</source>
        <translation>選択した行を複製します</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>選択した行を削除します</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>選択した行を上へ移動します</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>選択した行を下へ移動します</translation>
    </message>
    <message>
        <source>{text} ({title})</source>
        <translation>{text}（{title}）</translation>
    </message>
    <message>
        <source>Cannot delete: {reason}</source>
        <translation>削除できません: {reason}</translation>
    </message>
    <message>
        <source>Selected {noun}</source>
        <translation>選択中の {noun}</translation>
    </message>
    <message>
        <source>Row {value}, not applied: {message}</source>
        <extracomment>The summary columns of each item class; other classes show their first compact fields.</extracomment>
        <translation>{value} 行目は適用されていません: {message}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <extracomment>The window&apos;s size at its first start, where the screen has room for it. Room kept around the window for the frame the window manager adds (title bar, borders). Actions that need an open playbook. the open file: opening, saving, reverting, its lock, watcher and recovery copy (hub file, its spokes) as found by a worker; see _related_files() the banner&apos;s words about a new playbook&apos;s to-do list (&apos;&apos; : none; see show_todo)</extracomment>
        <translation>セクション</translation>
    </message>
    <message>
        <source>The sections of the playbook, and its spokes or hub; Enter opens one</source>
        <translation>プレイブックのセクションと、そのスポークまたはハブ。Enter で開きます</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開いた時点</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>To Do</source>
        <translation>やること</translation>
    </message>
    <message>
        <source>&amp;New from starter...</source>
        <translation>スターターから新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new playbook from a starter</source>
        <translation>スターターから新しいプレイブックを始めます</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a playbook file</source>
        <translation>プレイブックのファイルを開きます</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the playbook</source>
        <translation>プレイブックを保存します</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the playbook under a new name</source>
        <translation>プレイブックに新しい名前を付けて保存します</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>保存時の状態に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Discard unsaved changes and reload the file</source>
        <translation>未保存の変更を破棄してファイルを再読み込みします</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close the playbook</source>
        <translation>プレイブックを閉じます</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Your name, role, theme and autosave</source>
        <translation>氏名、役職、テーマ、自動保存</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Close Charter (asks about unsaved changes)</source>
        <translation>Charter を終了します（未保存の変更について確認します）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Keys from Qt::Key_Back on are the media keys of special keyboards (&quot;Save&quot;, &quot;Find&quot;, &quot;Forward&quot;): the standard shortcuts include them, a person reading the list looks for Ctrl+S.</extracomment>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Search all text of the playbook</source>
        <translation>プレイブックの全テキストを検索します</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>今すぐチェック(&amp;C)</translation>
    </message>
    <message>
        <source>Run the structural and governance checks</source>
        <translation>構造とガバナンスのチェックを実行します</translation>
    </message>
    <message>
        <source>Next &amp;Section</source>
        <translation>次のセクション(&amp;S)</translation>
    </message>
    <message>
        <source>Show the next section</source>
        <translation>次のセクションを表示します</translation>
    </message>
    <message>
        <source>Previous S&amp;ection</source>
        <translation>前のセクション(&amp;E)</translation>
    </message>
    <message>
        <source>Show the previous section</source>
        <translation>前のセクションを表示します</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>次のペイン(&amp;P)</translation>
    </message>
    <message>
        <source>Move the focus to the next pane</source>
        <translation>フォーカスを次のペインに移します</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>前のペイン(&amp;N)</translation>
    </message>
    <message>
        <source>Move the focus back a pane</source>
        <translation>フォーカスを前のペインに戻します</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>次の問題(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next problem</source>
        <translation>次の問題に移動します</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the editor</source>
        <translation>エディターのすべてのキーボードショートカット</translation>
    </message>
    <message>
        <source>&amp;About Charter</source>
        <translation>Charter について(&amp;A)</translation>
    </message>
    <message>
        <source>The version, and where the logs are</source>
        <translation>バージョンとログの保存場所</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>Open the folder of Charter&apos;s log files</source>
        <translation>Charter のログファイルのフォルダーを開きます</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>問題(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;To Do</source>
        <translation>やること(&amp;T)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>プレビュー(&amp;V)</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>検索(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Playbook</source>
        <translation>プレイブック(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Opening {name}...</source>
        <translation>{name} を開いています…</translation>
    </message>
    <message>
        <source>No editor for {field}</source>
        <translation>{field} のエディターがありません</translation>
    </message>
    <message>
        <source>The problems the checks found, with the readiness scorecard</source>
        <extracomment>what each dock holds, for the tabs of docks that share a place (a screen reader reads them)</extracomment>
        <translation>チェックで見つかった問題と成熟度スコアカード</translation>
    </message>
    <message>
        <source>The steps a new playbook leaves to fill in, and what each means</source>
        <translation>新しいプレイブックで記入が残っている手順と、それぞれの意味</translation>
    </message>
    <message>
        <source>The section or the whole policy as it will read when exported</source>
        <translation>エクスポートしたときの見え方で表示するセクションまたはポリシー全体</translation>
    </message>
    <message>
        <source>Every change since the playbook was opened; select one to go back to it</source>
        <translation>プレイブックを開いてからのすべての変更。選択するとその時点に戻ります</translation>
    </message>
    <message>
        <source>A new playbook from {source}. A starter cannot know your people and processes: the &lt;b&gt;To Do&lt;/b&gt; list says what only you can fill in, and what each step means (the errors in Problems are these gaps).</source>
        <translation>{source}から作成した新しいプレイブックです。スターターは御社の担当者や業務プロセスを知りません。&lt;b&gt;やること&lt;/b&gt;リストには、御社でしか記入できない箇所と各手順の意味が示されます（「問題」のエラーがその記入漏れです）。</translation>
    </message>
    <message>
        <source>About Charter</source>
        <translation>Charter について</translation>
    </message>
    <message>
        <source>{path}
Double-click or press Enter to open</source>
        <translation>{path}
ダブルクリックまたは Enter で開きます</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>ハブ</translation>
    </message>
    <message>
        <source>Spokes</source>
        <translation>スポーク</translation>
    </message>
    <message>
        <source>This is a regional spoke of &lt;b&gt;{hub}&lt;/b&gt;. This page shows its effective playbook (what the region inherits from the hub, with the region&apos;s changes) and cannot be edited here. To change what your region does, tailor the spoke: the hub&apos;s values beside yours, what the hub allows, and a rationale for each change.</source>
        <translation>これは &lt;b&gt;{hub}&lt;/b&gt; の地域スポークです。このページには有効なプレイブック（地域がハブから引き継ぐ内容と地域での変更）が表示され、ここでは編集できません。地域での運用を変更するには、スポークを調整してください。ハブの値と自分の値を並べて表示し、ハブが許可する範囲で、変更ごとに理由を記録します。</translation>
    </message>
    <message>
        <source>This playbook is open &lt;b&gt;read-only&lt;/b&gt;. Use Save As to keep an editable copy.</source>
        <translation>このプレイブックは&lt;b&gt;読み取り専用&lt;/b&gt;で開かれています。編集可能なコピーを残すには「名前を付けて保存」を使ってください。</translation>
    </message>
    <message>
        <source>&amp;Tailor This Spoke…</source>
        <extracomment>the banner&apos;s button per action: (text, accessible description)</extracomment>
        <translation>このスポークを調整(&amp;T)…</translation>
    </message>
    <message>
        <source>Open the tailoring view of this spoke: change what the hub allows, with a rationale</source>
        <translation>このスポークの調整ビューを開きます。ハブが許可する範囲を理由を付けて変更します</translation>
    </message>
    <message>
        <source>Show the To &amp;Do List</source>
        <translation>やることリストを表示(&amp;D)</translation>
    </message>
    <message>
        <source>The steps this new playbook leaves to you, and what each means</source>
        <translation>この新しいプレイブックで残っている手順と、それぞれの意味</translation>
    </message>
    <message>
        <source>{name}[*] (read-only) — Charter</source>
        <translation>{name}[*]（読み取り専用）— Charter</translation>
    </message>
    <message>
        <source>{name}[*] — Charter</source>
        <translation>{name}[*] — Charter</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>ステータス: {status}</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>{errors}, {warnings}</source>
        <translation>{errors}、{warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness {score}/100 (weakest area) · {counts}</source>
        <translation>成熟度 {score}/100（最も弱い領域）· {counts}</translation>
    </message>
    <message>
        <source>No recent playbooks</source>
        <translation>最近使ったプレイブックはありません</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>the PDF could not be started (Qt&apos;s PDF writer refused)</source>
        <extracomment>Page margins in millimetres: top, right, bottom, left. The paper sizes of :data:`playbooks.io.config.PAPER_SIZES`. OpenType features that join letters into one glyph: Qt maps such a glyph back to a ligature character (U+FB01 &quot;ﬁ&quot;), so a reader extracting or searching the text would not find &quot;fi&quot;. Scales tried, in order, to fit a one-page document (the crisis card) on one page. The fonts the templates name first; any other installed font is Qt&apos;s fallback. Character -&gt; whether an installed font draws it (fonts do not change while Charter runs).</extracomment>
        <translation>PDF を開始できませんでした（Qt の PDF ライターが拒否しました）</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>A new language applies when Charter next starts.</source>
        <translation>新しい言語は、次回 Charter を起動したときに適用されます。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Unsaved changes are copied to the recovery area this long after the last change.</source>
        <translation>最後の変更からこの時間が経つと、未保存の変更が復旧領域にコピーされます。</translation>
    </message>
    <message>
        <source>e.g. Dana Whitfield</source>
        <translation>例: Dana Whitfield</translation>
    </message>
    <message>
        <source>e.g. Chief Compliance Officer</source>
        <translation>例: Chief Compliance Officer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The language of the editor; the system&apos;s unless you choose one</source>
        <translation>エディターの言語。選択しない場合はシステムの言語</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the system</source>
        <translation>明るい配色か暗い配色、またはシステムの配色</translation>
    </message>
    <message>
        <source>Autosave after</source>
        <translation>自動保存までの時間</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>自動保存までの時間(&amp;A):</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>Your full name, proposed when you sign off or record a change</source>
        <translation>承認時や変更記録時に入力候補として使う氏名</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>役職(&amp;R):</translation>
    </message>
    <message>
        <source>Your role, proposed when you sign off</source>
        <translation>承認時に入力候補として使う役職</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近使ったファイル</translation>
    </message>
    <message>
        <source>Re&amp;cent files:</source>
        <translation>最近使ったファイル(&amp;C):</translation>
    </message>
    <message>
        <source>How many recent playbooks the File menu and the welcome page list</source>
        <translation>「ファイル」メニューとようこそページに表示する最近使ったプレイブックの数</translation>
    </message>
    <message>
        <source>Keep these preferences</source>
        <translation>この設定を保持します</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>&lt;span style=&quot;color:#888&quot;&gt;not set&lt;/span&gt;</source>
        <extracomment>A preview shows at most this many items per list, and this much HTML: a rich-text view laying out 10,000 rules would freeze the window, and nobody reads them in a side panel.</extracomment>
        <translation>&lt;span style=&quot;color:#888&quot;&gt;未設定&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;i&gt;... and {more} more&lt;/i&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;i&gt;… ほか {more} 件&lt;/i&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;... and {value} more (the export shows them all).&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;… ほか {value} 件（エクスポートではすべて表示されます）。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <translation>受け入れた指摘事項</translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;p&gt;&lt;i&gt;The preview stops here; the playbook is long. Export it to read the whole policy.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;hr&gt;&lt;p&gt;&lt;i&gt;プレビューはここまでです。プレイブックが長いため、ポリシー全体を読むにはエクスポートしてください。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>プレビュー:</translation>
    </message>
    <message>
        <source>Preview of</source>
        <translation>プレビュー対象</translation>
    </message>
    <message>
        <source>Preview the section on screen, or the whole policy document</source>
        <translation>セクションを画面でプレビューするか、ポリシー文書全体をプレビューします</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>このセクション</translation>
    </message>
    <message>
        <source>Whole policy</source>
        <translation>ポリシー全体</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>The section or the policy as it will read in the exported document</source>
        <translation>エクスポートした文書での見え方で表示するセクションまたはポリシー</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#888&apos;&gt;No playbook open.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#888&apos;&gt;プレイブックが開かれていません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The preview could not be rendered: {error}&lt;/p&gt;</source>
        <translation>&lt;p&gt;プレビューを作成できませんでした: {error}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Structure</source>
        <extracomment>per finding: its place in words (:func:`places`) and its area, worked out in the worker so that showing 1,000 findings costs the GUI thread no model walks (empty: not worked out)</extracomment>
        <translation>構造</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>How a severity reads in the panel.</extracomment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>{severity} (waived)</source>
        <translation>{severity}（適用除外）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Waived: {reason}</source>
        <translation>適用除外: {reason}</translation>
    </message>
    <message>
        <source>(whole playbook)</source>
        <translation>（プレイブック全体）</translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation>フィールド: {field}</translation>
    </message>
    <message>
        <source>No playbook open</source>
        <extracomment>the longest pause in typing before the checks run again. After each run the pause becomes half that run&apos;s time, up to this: a small playbook is checked at once (its check costs less than a keystroke), a big one waits for a pause in typing. Edits made while a check runs wait for it and are checked together (one check at a time), so even a short pause never queues a check per keystroke. (scores at the last sign-off, or None; what &quot;since&quot; means, &apos;&apos; for no trend): see set_trend</extracomment>
        <translation>プレイブックが開かれていません</translation>
    </message>
    <message>
        <source>Show severity</source>
        <translation>表示する重大度</translation>
    </message>
    <message>
        <source>List the problems of one severity only, or all</source>
        <translation>特定の重大度の問題だけ、またはすべてを一覧表示します</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>すべての重大度</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Show area</source>
        <translation>表示する領域</translation>
    </message>
    <message>
        <source>List the problems of one scorecard area only, or all</source>
        <translation>スコアカードの特定の領域の問題だけ、またはすべてを一覧表示します</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>すべての領域</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>The problems found; Enter goes to the field of the selected one</source>
        <translation>見つかった問題。Enter で選択した問題のフィールドに移動します</translation>
    </message>
    <message>
        <source>Selected problem</source>
        <translation>選択した問題</translation>
    </message>
    <message>
        <source>&amp;Go to Field</source>
        <translation>フィールドへ移動(&amp;G)</translation>
    </message>
    <message>
        <source>Show the field of the selected problem</source>
        <translation>選択した問題のフィールドを表示します</translation>
    </message>
    <message>
        <source>E&amp;xplain…</source>
        <translation>説明(&amp;X)…</translation>
    </message>
    <message>
        <source>Why the check exists, its sources and the presets behind it</source>
        <translation>このチェックがある理由、その出典、根拠となるプリセット</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>チェック中…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>メモ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>問題は見つかりませんでした</translation>
    </message>
    <message>
        <source>up {points}</source>
        <translation>{points} 上昇</translation>
    </message>
    <message>
        <source>down {points}</source>
        <translation>{points} 低下</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>成熟度</translation>
    </message>
    <message>
        <source>Change since {since}: not known (the approved version was never open in Charter here)</source>
        <translation>{since} からの変化: 不明（承認されたバージョンがここの Charter で開かれたことがありません）</translation>
    </message>
    <message>
        <source>Change since {since}</source>
        <translation>{since} からの変化</translation>
    </message>
    <message>
        <source>No change since {since}</source>
        <translation>{since} から変化なし</translation>
    </message>
    <message>
        <source>Scores per area, 0-100: strong from 85, fair from 60, weak below</source>
        <translation>領域別のスコア（0～100）: 85 以上は強い、60 以上は普通、それ未満は弱い</translation>
    </message>
    <message>
        <source>Readiness scorecard</source>
        <translation>成熟度スコアカード</translation>
    </message>
    <message>
        <source>The checks could not run</source>
        <translation>チェックを実行できませんでした</translation>
    </message>
    <message>
        <source>checking the playbook</source>
        <translation>プレイブックのチェック</translation>
    </message>
    <message>
        <source>Select a problem to read it in full.</source>
        <translation>問題を選択すると全文が表示されます。</translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation>フィールドへ移動</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>メッセージをコピー</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Identity</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Dates and review</source>
        <translation>日付と見直し</translation>
    </message>
    <message>
        <source>Ownership and distribution</source>
        <translation>責任と配布</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>対象者と地域</translation>
    </message>
    <message>
        <source>Audience first</source>
        <translation>オーディエンス重視</translation>
    </message>
    <message>
        <source>Organisation model</source>
        <translation>組織モデル</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>全チャネル共通</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>エンゲージメント</translation>
    </message>
    <message>
        <source>Community moderation</source>
        <translation>コミュニティのモデレーション</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Evidence and remediation</source>
        <translation>証跡と是正</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>モニタリング</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>透明性</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>資格要件</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>誓約</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Why and how we measure</source>
        <translation>測定の目的と方法</translation>
    </message>
    <message>
        <source>Consequences and reporting</source>
        <translation>処分と報告</translation>
    </message>
    <message>
        <source>Keeping the playbook current</source>
        <translation>プレイブックを最新に保つ</translation>
    </message>
    <message>
        <source>Accepted findings</source>
        <extracomment>The extra page for the playbook&apos;s top-level waiver list (not a section of the document).</extracomment>
        <translation>受け入れた指摘事項</translation>
    </message>
    <message>
        <source>More</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous field or control (tables and lists included: Tab leaves them)</source>
        <translation>次または前のフィールドやコントロールに移動します（表やリストも含む。Tab で抜けます）</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+下線の付いた文字</translation>
    </message>
    <message>
        <source>Press a button or open a menu by its access key</source>
        <translation>アクセスキーでボタンを押すか、メニューを開きます</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the problems list: go to the field of the selected problem</source>
        <translation>問題の一覧で: 選択した問題のフィールドに移動します</translation>
    </message>
    <message>
        <source>F2, Enter</source>
        <translation>F2、Enter</translation>
    </message>
    <message>
        <source>In a table: edit the selected cell (Enter applies it, Escape cancels it)</source>
        <translation>表で: 選択したセルを編集します（Enter で確定、Esc で取り消し）</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Tick or untick the selected option of a check list, or press the focused button</source>
        <translation>チェックリストで選択した項目をオン/オフにするか、フォーカスのあるボタンを押します</translation>
    </message>
    <message>
        <source>Ctrl+Z in a field</source>
        <translation>フィールドで Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo through the playbook&apos;s history (not only the field&apos;s typing)</source>
        <translation>プレイブックの履歴を元に戻します（フィールドへの入力だけではありません）</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>F6 and Shift+F6 move between the panes; every menu item also has an access key.</source>
        <translation>F6 と Shift+F6 でペインを移動します。どのメニュー項目にもアクセスキーがあります。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Each row: the keys, and what they do</source>
        <translation>各行: キーとその動作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>動作</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Expires</source>
        <translation>有効期限あり</translation>
    </message>
    <message>
        <source>Tick to give an expiry date; unticked, it does not expire</source>
        <translation>オンにすると有効期限を指定します。オフの場合は期限切れになりません</translation>
    </message>
    <message>
        <source>The date it expires (when Expires is ticked)</source>
        <translation>有効期限の日付（「有効期限あり」がオンのとき）</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Sign off &lt;b&gt;{title}&lt;/b&gt;, version {version}. The sign-off records the content fingerprint: any later change shows as &lt;i&gt;Changed since approval&lt;/i&gt;.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;（バージョン {version}）を承認します。承認には内容のフィンガープリントが記録され、その後の変更はすべて&lt;i&gt;承認後に変更&lt;/i&gt;として表示されます。</translation>
    </message>
    <message>
        <source>Someone outside this playbook</source>
        <translation>このプレイブック外の人</translation>
    </message>
    <message>
        <source>Conditions, requested changes or remarks</source>
        <translation>条件、変更の依頼、またはコメント</translation>
    </message>
    <message>
        <source>Keep {version}</source>
        <translation>{version} のまま</translation>
    </message>
    <message>
        <source>Keep (no version)</source>
        <translation>そのまま（バージョンなし）</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>マイナー</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>メジャー</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Keep ({status})</source>
        <translation>そのまま（{status}）</translation>
    </message>
    <message>
        <source>Currently</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Signed as</source>
        <translation>署名の立場</translation>
    </message>
    <message>
        <source>The person or role of this playbook the approver signs as, if any</source>
        <translation>承認者が署名する立場となる、このプレイブックの人物または役職（該当する場合）</translation>
    </message>
    <message>
        <source>Approver name</source>
        <translation>承認者の氏名</translation>
    </message>
    <message>
        <source>Full name of the person signing off</source>
        <translation>承認する人の氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>The approver&apos;s role, e.g. Chief Compliance Officer</source>
        <translation>承認者の役職（例: Chief Compliance Officer）</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Approved, approved with changes, or rejected</source>
        <translation>承認、条件付き承認、または却下</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>The date of the decision</source>
        <translation>決定の日付</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Keep the version, or raise it for what is approved</source>
        <translation>バージョンをそのままにするか、承認対象に合わせて上げます</translation>
    </message>
    <message>
        <source>Lifecycle status</source>
        <translation>ライフサイクルのステータス</translation>
    </message>
    <message>
        <source>Keep the status, or move the playbook on (e.g. Approved)</source>
        <translation>ステータスをそのままにするか、プレイブックを次の段階に進めます（例: 承認済み）</translation>
    </message>
    <message>
        <source>Record the sign-off with the fingerprint of the current content</source>
        <translation>現在の内容のフィンガープリントを付けて承認を記録します</translation>
    </message>
    <message>
        <source>This playbook is open read-only; a sign-off cannot be recorded in it.</source>
        <translation>このプレイブックは読み取り専用で開かれているため、承認を記録できません。</translation>
    </message>
    <message>
        <source>Sign-off refused: {refusal}.</source>
        <translation>承認は受け付けられませんでした: {refusal}。</translation>
    </message>
    <message>
        <source>Sign off ({decision})</source>
        <translation>承認（{decision}）</translation>
    </message>
    <message>
        <source>Record change</source>
        <translation>変更の記録</translation>
    </message>
    <message>
        <source>Add an entry to the change log of version {version}. Charter proposes what changed since the last recorded version; say why.</source>
        <translation>バージョン {version} の変更履歴に項目を追加します。前回記録したバージョンからの変更点を Charter が提案します。変更の理由を入力してください。</translation>
    </message>
    <message>
        <source>The reason for the change (a regulation, an incident, a review)</source>
        <translation>変更の理由（規制、インシデント、レビューなど）</translation>
    </message>
    <message>
        <source>Material change (needs re-approval and re-attestation)</source>
        <translation>重要な変更（再承認と再誓約が必要）</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Who made the change</source>
        <translation>変更を行った人</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>The change, in a sentence or two (proposed from your edits)</source>
        <translation>変更内容を 1～2 文で（編集内容から提案されます）</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The reason for the change</source>
        <translation>変更の理由</translation>
    </message>
    <message>
        <source>When the change was made</source>
        <translation>変更を行った日</translation>
    </message>
    <message>
        <source>A material change needs a new sign-off and a new attestation by staff</source>
        <translation>重要な変更には、新たな承認と従業員による新たな誓約が必要です</translation>
    </message>
    <message>
        <source>This playbook is open read-only; the change log cannot be changed.</source>
        <translation>このプレイブックは読み取り専用で開かれているため、変更履歴を変更できません。</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>what changed</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Please fill in {fields}.</source>
        <translation>{fields}を入力してください。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 、 </translation>
    </message>
    <message>
        <source>Set the playbook&apos;s version in Document control first: an entry records the version it produced.</source>
        <translation>先に「文書管理」でプレイブックのバージョンを設定してください。変更履歴の項目には、その変更で生じたバージョンが記録されます。</translation>
    </message>
    <message>
        <source>The entry cannot be recorded: {value}</source>
        <translation>項目を記録できません: {value}</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>Set by your organisation: {locked_message}.</source>
        <translation>組織によって設定されています: {locked_message}。</translation>
    </message>
    <message>
        <source>Charter uses the defaults instead (&apos;charter config&apos; shows them).</source>
        <translation>代わりに既定値が使用されます（「charter config」で確認できます）。</translation>
    </message>
    <message numerus="yes">
        <source>Site configuration: %n problem(s)</source>
        <translation>
            <numerusform>サイト構成: 問題 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Site configuration</source>
        <translation>サイト構成</translation>
    </message>
</context>
<context>
    <name>SyncMergeDialog</name>
    <message>
        <source>Keep this file&apos;s</source>
        <extracomment>The two choices of a conflict, in the order of the combo box.</extracomment>
        <translation>このファイルの値を保持</translation>
    </message>
    <message>
        <source>Take the copy&apos;s</source>
        <translation>コピーの値を採用</translation>
    </message>
    <message>
        <source>Merge a conflict copy</source>
        <translation>競合コピーのマージ</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is a conflict copy of this playbook made by {service} ({detail}): someone saved the playbook elsewhere while it was being changed here.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; は {service} ({detail}) が作成したこのプレイブックの競合コピーです。ここで変更している間に、誰かが別の場所でプレイブックを保存しました。</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>マージしています…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>このファイル</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <source>The copy could not be merged: {exc}</source>
        <translation>コピーをマージできませんでした: {exc}</translation>
    </message>
    <message>
        <source>{path} (as opened)</source>
        <translation>{path}（開いた時点）</translation>
    </message>
    <message>
        <source>The playbook was changed while this dialog was open, so the copy was merged again: check the choices below, then press Merge. </source>
        <translation>このダイアログを開いている間にプレイブックが変更されたため、コピーをもう一度マージしました。下の選択内容を確認してから「マージ」を押してください。 </translation>
    </message>
    <message numerus="yes">
        <source>Merged against {base}: edits made on one side only are taken as they are; the copy&apos;s own %n change(s) listed below are taken unless you keep this file&apos;s value (keep it where the copy only lacks an edit made here).</source>
        <translation>
            <numerusform>{base} を基準にマージしました。片方だけで行われた変更はそのまま取り込まれます。下に示したコピー側の変更 %n 件は、このファイルの値を保持しない限り取り込まれます（ここで行った変更がコピーに欠けているだけの箇所では保持してください）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged against {base}: edits made on one side only are taken as they are.</source>
        <translation>{base} を基準にマージしました。片方だけで行われた変更はそのまま取り込まれます。</translation>
    </message>
    <message>
        <source>No earlier version common to both is known (no backup or commit both started from): choose, for each difference, which value to keep.</source>
        <translation>共通の以前のバージョン（両方の元になったバックアップやコミット）が不明です。相違点ごとに、どちらの値を保持するか選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Merging changes %n field(s) of the open playbook.</source>
        <translation>
            <numerusform>マージにより、開いているプレイブックのフィールド %n 件が変更されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to decide below.</source>
        <translation>
            <numerusform>下で %n 件を決めてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to decide.</source>
        <translation>決めることはありません。</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>The two versions together break the playbook: this file&apos;s version is kept</source>
        <translation>2 つのバージョンを合わせるとプレイブックが不正になるため、このファイルの値を保持します</translation>
    </message>
    <message>
        <source>A spoke keeps this file&apos;s value here; the conflict is listed at the top of the file</source>
        <translation>スポークではここでこのファイルの値を保持します。競合はファイルの先頭に記載されます</translation>
    </message>
    <message>
        <source>This copy cannot be merged: {error}</source>
        <translation>このコピーはマージできません: {error}</translation>
    </message>
    <message>
        <source>merging a conflict copy</source>
        <translation>競合コピーのマージ</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>{name} をマージ</translation>
    </message>
    <message>
        <source>The merged spoke could not be saved: {exc}</source>
        <translation>マージしたスポークを保存できませんでした: {exc}</translation>
    </message>
    <message>
        <source>Save the merged playbook</source>
        <translation>マージしたプレイブックの保存</translation>
    </message>
    <message>
        <source>The copy is merged into the open playbook. Save it now? {name} is moved aside only once the merge is saved; until then it stays where it is.</source>
        <translation>コピーは開いているプレイブックにマージされました。今すぐ保存しますか？ {name} はマージを保存した時点で別の場所に移されます。それまでは今の場所に残ります。</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>今すぐ保存</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Move the conflict copy aside</source>
        <translation>競合コピーを移動</translation>
    </message>
    <message>
        <source>Move {name} into the &apos;{CONFLICTS_FOLDER}&apos; folder beside the playbook? It is kept there, not deleted.</source>
        <translation>{name} をプレイブックと同じ場所にある「{CONFLICTS_FOLDER}」フォルダーに移動しますか？ 削除はされず、そこに保管されます。</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>移動する</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>そのままにする</translation>
    </message>
    <message>
        <source>{copy}: could not be moved ({value})</source>
        <translation>{copy}: 移動できませんでした ({value})</translation>
    </message>
</context>
<context>
    <name>TailoringTranslations</name>
    <message>
        <source>Current</source>
        <extracomment>The states a translation is shown in (column &quot;State&quot;).</extracomment>
        <translation>最新</translation>
    </message>
    <message>
        <source>Stale: the source changed since it was translated</source>
        <translation>古い: 翻訳後に原文が変更されました</translation>
    </message>
    <message>
        <source>The spoke does not resolve against its hub</source>
        <translation>スポークをハブに対して解決できません</translation>
    </message>
    <message>
        <source>Translate: {place}</source>
        <translation>翻訳: {place}</translation>
    </message>
    <message>
        <source>&amp;Language (BCP 47)</source>
        <translation>言語 (BCP 47)(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reviewed by</source>
        <translation>レビュー担当者(&amp;R)</translation>
    </message>
    <message>
        <source>needed: the hub locks {item}</source>
        <translation>必須: ハブが {item} をロックしています</translation>
    </message>
    <message>
        <source>only for a text the hub locks</source>
        <translation>ハブがロックしているテキストの場合のみ</translation>
    </message>
    <message>
        <source>&amp;Hub approval</source>
        <translation>ハブの承認(&amp;H)</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Write the translation beside the source text first.</source>
        <translation>先に原文の横に翻訳を入力してください。</translation>
    </message>
    <message>
        <source>The hub locks {item}: a translation of it is what the region&apos;s staff read in its place. Name who at the hub approved it (Hub approval).</source>
        <translation>ハブは {item} をロックしています。その翻訳は、地域のスタッフが原文の代わりに読むものです。ハブで承認した人を入力してください（ハブの承認）。</translation>
    </message>
    <message>
        <source>Translate into {language}: {place}</source>
        <translation>{language} に翻訳: {place}</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Source text (now)</source>
        <translation>原文（現在）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Edit translation…</source>
        <translation>翻訳を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Reviewed: &amp;refresh</source>
        <translation>確認済み: 更新(&amp;F)</translation>
    </message>
    <message>
        <source>Remove translation</source>
        <translation>翻訳を削除</translation>
    </message>
    <message>
        <source>This spoke has no translations. Select a text field on the Fields tab and choose Translate… to add one; exports in that language then use it.</source>
        <translation>このスポークには翻訳がありません。「フィールド」タブでテキストフィールドを選択し、「翻訳…」を選ぶと追加できます。その言語でのエクスポートに使われます。</translation>
    </message>
    <message numerus="yes">
        <source>%n translation(s); </source>
        <translation>
            <numerusform>翻訳 %n 件。 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review (the source changed, or the field is gone).</source>
        <translation>
            <numerusform>%n 件は確認が必要です（原文が変更されたか、フィールドがなくなりました）。</numerusform>
        </translation>
    </message>
    <message>
        <source>all current.</source>
        <translation>すべて最新です。</translation>
    </message>
    <message>
        <source>Select a text field on the Fields tab first.</source>
        <translation>先に「フィールド」タブでテキストフィールドを選択してください。</translation>
    </message>
    <message>
        <source>Select a translation first.</source>
        <translation>先に翻訳を選択してください。</translation>
    </message>
    <message>
        <source>Reviewed translation into {language}: {path}</source>
        <translation>{language} への翻訳を確認: {path}</translation>
    </message>
    <message>
        <source>Remove translation into {language}: {path}</source>
        <translation>{language} への翻訳を削除: {path}</translation>
    </message>
    <message>
        <source>The spoke must resolve against its hub before its texts are translated.</source>
        <translation>テキストを翻訳する前に、スポークをハブに対して解決できる状態にする必要があります。</translation>
    </message>
</context>
<context>
    <name>TailoringView</name>
    <message>
        <source>tightens</source>
        <extracomment>item role of a group node: a FieldRow of the keyed list item the group shows how long the value may rest before the decision on it is asked for (typing in a field) values at least this long get a tooltip with the whole text</extracomment>
        <translation>強化</translation>
    </message>
    <message>
        <source>loosens</source>
        <translation>緩和</translation>
    </message>
    <message>
        <source>refused: loosens a locked item</source>
        <translation>拒否: ロックされた項目を緩和します</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Change for this region</source>
        <translation>この地域向けに変更</translation>
    </message>
    <message>
        <source>Hub value: {value}</source>
        <translation>ハブの値: {value}</translation>
    </message>
    <message>
        <source>Why this region departs from the hub (a local law, market, language)</source>
        <translation>この地域がハブと異なる理由（現地の法律、市場、言語など）</translation>
    </message>
    <message>
        <source>Region value of {value}</source>
        <translation>{value} の地域の値</translation>
    </message>
    <message>
        <source>Region value</source>
        <translation>地域の値</translation>
    </message>
    <message>
        <source>Change {label}</source>
        <translation>{label} を変更</translation>
    </message>
    <message>
        <source>Remove for this region</source>
        <translation>この地域から削除</translation>
    </message>
    <message>
        <source>Remove &lt;b&gt;{name}&lt;/b&gt; from this region&apos;s playbook. The hub keeps it; other regions are not affected.</source>
        <translation>この地域のプレイブックから &lt;b&gt;{name}&lt;/b&gt; を削除します。ハブには残り、他の地域には影響しません。</translation>
    </message>
    <message>
        <source>Why the region does not use it (e.g. the platform is not used in the region)</source>
        <translation>地域で使用しない理由（例: その地域ではプラットフォームを使用していない）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} を削除</translation>
    </message>
    <message>
        <source>Tailoring — {name}</source>
        <translation>調整 — {name}</translation>
    </message>
    <message>
        <source>Translations</source>
        <extracomment>the digest of the file as read (or last saved): a save over someone else&apos;s change asks first</extracomment>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Sectio&amp;n</source>
        <translation>セクション(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Only fields this region changes</source>
        <translation>この地域が変更するフィールドのみ(&amp;O)</translation>
    </message>
    <message>
        <source>locked by the hub (may only be tightened)</source>
        <translation>ハブでロック（強化のみ可）</translation>
    </message>
    <message>
        <source>&lt;b&gt;bold blue&lt;/b&gt;: changed for this region</source>
        <translation>&lt;b&gt;青の太字&lt;/b&gt;: この地域で変更</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Hub value</source>
        <translation>ハブの値</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>&amp;Change for this region…</source>
        <translation>この地域向けに変更(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;vert to hub</source>
        <translation>ハブの値に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;move item for this region…</source>
        <translation>この地域から項目を削除(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Translate…</source>
        <translation>翻訳(&amp;T)…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Differences from hub</source>
        <translation>ハブとの相違</translation>
    </message>
    <message>
        <source>Revert to hub</source>
        <translation>ハブの値に戻す</translation>
    </message>
    <message>
        <source>Hub item</source>
        <translation>ハブの項目</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>変化の内容</translation>
    </message>
    <message>
        <source>Hub when tailored</source>
        <translation>調整時のハブ</translation>
    </message>
    <message>
        <source>Hub now</source>
        <translation>現在のハブ</translation>
    </message>
    <message>
        <source>This region</source>
        <translation>この地域</translation>
    </message>
    <message>
        <source>Hub changed since you tailored</source>
        <translation>調整後のハブの変更</translation>
    </message>
    <message>
        <source>Reviewed: acknowledge</source>
        <translation>確認済み: 了承</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>すべて了承</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Working out the change…</source>
        <translation>変更を計算しています…</translation>
    </message>
    <message>
        <source>Sign off re&amp;gion…</source>
        <translation>地域を承認(&amp;G)…</translation>
    </message>
    <message>
        <source>Record the regional approval of this spoke&apos;s effective playbook</source>
        <translation>このスポークの有効なプレイブックについて地域の承認を記録します</translation>
    </message>
    <message>
        <source>&amp;Save spoke</source>
        <translation>スポークを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The spoke cannot be tailored until it resolves against its hub (see above).</source>
        <translation>スポークをハブに対して解決できるまで調整できません（上記参照）。</translation>
    </message>
    <message>
        <source>{item} is not in this region&apos;s playbook; use Revert to hub to bring it back.</source>
        <translation>{item} はこの地域のプレイブックにありません。戻すには「ハブの値に戻す」を使ってください。</translation>
    </message>
    <message>
        <source>Select an item of a list (a channel, a rule, a record class) first.</source>
        <translation>先にリストの項目（チャネル、ルール、記録区分など）を選択してください。</translation>
    </message>
    <message>
        <source>{label} has the hub&apos;s value; there is nothing to revert.</source>
        <translation>{label} はハブの値です。戻すものはありません。</translation>
    </message>
    <message>
        <source>Revert to hub: {label}</source>
        <translation>ハブの値に戻す: {label}</translation>
    </message>
    <message>
        <source>Select a difference made by a spoke change first.</source>
        <translation>先にスポークの変更による相違を選択してください。</translation>
    </message>
    <message>
        <source>Revert to hub: {place}</source>
        <translation>ハブの値に戻す: {place}</translation>
    </message>
    <message>
        <source>Acknowledge hub change: {where}</source>
        <translation>ハブの変更を了承: {where}</translation>
    </message>
    <message>
        <source>Acknowledge all hub changes</source>
        <translation>ハブのすべての変更を了承</translation>
    </message>
    <message>
        <source>The spoke cannot be signed off until it resolves against its hub (see above).</source>
        <translation>スポークをハブに対して解決できるまで承認できません（上記参照）。</translation>
    </message>
    <message>
        <source>Sign off region {region}</source>
        <translation>地域 {region} の承認</translation>
    </message>
    <message>
        <source>Spoke changed on disk</source>
        <translation>ディスク上のスポークが変更されました</translation>
    </message>
    <message>
        <source>{name} was changed outside this window since you opened it. Replace it with your tailoring (the previous file is kept as .bak)?</source>
        <translation>{name} は、開いた後にこのウィンドウの外で変更されました。調整内容で置き換えますか（以前のファイルは .bak として保持されます）？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>{exc}. Your tailoring stays open here.</source>
        <translation>{exc}。調整内容はここで開いたままです。</translation>
    </message>
    <message>
        <source>{path}: the spoke could not be saved ({exc})</source>
        <translation>{path}: スポークを保存できませんでした ({exc})</translation>
    </message>
    <message>
        <source>Finishing the change, then closing…</source>
        <translation>変更を完了してから閉じています…</translation>
    </message>
    <message>
        <source>Unsaved tailoring</source>
        <translation>未保存の調整</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>{name} への変更を保存しますか？</translation>
    </message>
    <message>
        <source>The change could not be worked out (see the message).</source>
        <translation>変更を計算できませんでした（メッセージを参照）。</translation>
    </message>
    <message>
        <source>tailoring the spoke</source>
        <translation>スポークの調整</translation>
    </message>
    <message>
        <source>The region cannot be signed off yet: {reason}</source>
        <translation>地域はまだ承認できません: {reason}</translation>
    </message>
    <message>
        <source>Sign off region ({approver})</source>
        <translation>地域の承認（{approver}）</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>&lt;b&gt;Region:&lt;/b&gt; {region} &amp;nbsp; &lt;b&gt;Hub:&lt;/b&gt; {hub} ({hub_version}) &amp;nbsp; &lt;b&gt;Tailored against:&lt;/b&gt; v{tailored_against} &amp;nbsp; &lt;b&gt;Changes:&lt;/b&gt; {changes}</source>
        <translation>&lt;b&gt;地域:&lt;/b&gt; {region} &amp;nbsp; &lt;b&gt;ハブ:&lt;/b&gt; {hub} ({hub_version}) &amp;nbsp; &lt;b&gt;調整の基準:&lt;/b&gt; v{tailored_against} &amp;nbsp; &lt;b&gt;変更:&lt;/b&gt; {changes}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The spoke resolves against its hub with no spoke problems.</source>
        <translation>スポークはハブに対して問題なく解決できます。</translation>
    </message>
    <message>
        <source>Undo {text}</source>
        <translation>元に戻す: {text}</translation>
    </message>
    <message>
        <source>Tailoring — {name}{star}</source>
        <translation>調整 — {name}{star}</translation>
    </message>
    <message>
        <source>Locked by the hub: this region may only tighten it</source>
        <translation>ハブでロック: この地域では強化のみ可能です</translation>
    </message>
    <message>
        <source>{kind} ({verdict})</source>
        <translation>{kind}（{verdict}）</translation>
    </message>
    <message>
        <source>(no rationale)</source>
        <translation>（理由なし）</translation>
    </message>
    <message>
        <source>Differences from hub ({count})</source>
        <translation>ハブとの相違 ({count})</translation>
    </message>
    <message>
        <source>Hub value changed</source>
        <translation>ハブの値が変更</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>項目が変更</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>項目が追加</translation>
    </message>
    <message>
        <source>Item removed</source>
        <translation>項目が削除</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（記録なし）</translation>
    </message>
    <message>
        <source>Double-click to see this item&apos;s fields, hub and region side by side</source>
        <translation>ダブルクリックすると、この項目のフィールドをハブと地域で並べて表示します</translation>
    </message>
    <message>
        <source>The hub cannot be read, so its changes cannot be listed.</source>
        <translation>ハブを読み込めないため、その変更を一覧表示できません。</translation>
    </message>
    <message>
        <source>The hub has not changed since this region was tailored (version {current_version}).</source>
        <translation>この地域の調整後、ハブは変更されていません（バージョン {current_version}）。</translation>
    </message>
    <message>
        <source>The hub moved from version {value} to {current_version}, but none of its items did. Acknowledge to record the new version.</source>
        <translation>ハブはバージョン {value} から {current_version} になりましたが、項目に変更はありません。新しいバージョンを記録するには了承してください。</translation>
    </message>
    <message>
        <source>The hub moved from version {value} to {current_version}. Review each item and acknowledge it; acknowledging records the hub&apos;s current value.</source>
        <translation>ハブはバージョン {value} から {current_version} になりました。各項目を確認して了承してください。了承するとハブの現在の値が記録されます。</translation>
    </message>
    <message>
        <source>Hub changed since you tailored ({drifts})</source>
        <translation>調整後のハブの変更 ({drifts})</translation>
    </message>
    <message>
        <source>Select a field to see where its value comes from and what the hub allows.</source>
        <translation>フィールドを選択すると、その値の出所とハブが許可する範囲が表示されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the region changed:&lt;/b&gt; </source>
        <translation>&lt;b&gt;地域での変更:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>変更されていません</translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <source>Needed before the playbook can be approved.</source>
        <extracomment>what a step&apos;s severity means for the playbook, in words (its icon says it to the eye)</extracomment>
        <translation>プレイブックを承認する前に必要です。</translation>
    </message>
    <message>
        <source>Recommended.</source>
        <translation>推奨。</translation>
    </message>
    <message>
        <source>Worth doing.</source>
        <translation>実施を推奨。</translation>
    </message>
    <message>
        <source>needed before the playbook can be approved</source>
        <extracomment>the same, as a short note after a step&apos;s title</extracomment>
        <translation>承認前に必要</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>worth doing</source>
        <translation>実施を推奨</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>やること</translation>
    </message>
    <message>
        <source>The steps left to complete this playbook; under each, the places it concerns. Enter goes to a place.</source>
        <translation>このプレイブックを完成させるために残っている手順と、その下に関係する箇所。Enter でその箇所に移動します。</translation>
    </message>
    <message>
        <source>What the step means</source>
        <translation>手順の意味</translation>
    </message>
    <message numerus="yes">
        <source> (%n places)</source>
        <translation>
            <numerusform> （%n 箇所）</numerusform>
        </translation>
    </message>
    <message>
        <source>No playbook open</source>
        <translation>プレイブックが開かれていません</translation>
    </message>
    <message>
        <source>Nothing left to do: the checks find no gaps.</source>
        <translation>やることはもうありません。チェックで不足は見つかりません。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) left</source>
        <translation>
            <numerusform>残りの手順 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them before the playbook can be approved</source>
        <translation>
            <numerusform>、うち %n 件はプレイブックの承認前に必要</numerusform>
        </translation>
    </message>
    <message>
        <source>. Select a step to see what it means; Enter on a place goes to its field.</source>
        <translation>。手順を選択するとその意味が表示されます。箇所で Enter を押すとそのフィールドに移動します。</translation>
    </message>
    <message>
        <source>Here: {place}</source>
        <translation>該当箇所: {place}</translation>
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
        <translation>ソーシャルメディア・ガバナンスのプレイブック: 作成、チェック、承認、エクスポート。</translation>
    </message>
    <message>
        <source>Start a new playbook</source>
        <translation>新しいプレイブックを始める</translation>
    </message>
    <message>
        <source>Starters</source>
        <translation>スターター</translation>
    </message>
    <message>
        <source>The starter a new playbook begins from; Enter creates it</source>
        <translation>新しいプレイブックの元になるスターター。Enter で作成します</translation>
    </message>
    <message>
        <source>&amp;Create from Starter</source>
        <translation>スターターから作成(&amp;C)</translation>
    </message>
    <message>
        <source>A new playbook from the selected starter, in this window</source>
        <translation>選択したスターターから、このウィンドウで新しいプレイブックを作成します</translation>
    </message>
    <message>
        <source>New Playbook &amp;Wizard…</source>
        <translation>新規プレイブック ウィザード(&amp;W)…</translation>
    </message>
    <message>
        <source>A hub and its regional spokes, step by step: starter, model, regions, people</source>
        <translation>ハブとその地域スポークを段階的に作成します: スターター、モデル、地域、担当者</translation>
    </message>
    <message>
        <source>&amp;Open a Playbook…</source>
        <translation>プレイブックを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose a playbook file to open</source>
        <translation>開くプレイブックのファイルを選択します</translation>
    </message>
    <message>
        <source>Hub and spoke: the wizard writes the corporate hub and one spoke file per region, which regional managers then tailor.</source>
        <translation>ハブとスポーク: ウィザードは本社のハブと、地域ごとに 1 つのスポークファイルを書き出します。各地域の担当者がそれを調整します。</translation>
    </message>
    <message>
        <source>Recent playbooks</source>
        <translation>最近使ったプレイブック</translation>
    </message>
    <message>
        <source>Playbooks opened before, newest first; Enter opens one</source>
        <translation>以前に開いたプレイブック（新しい順）。Enter で開きます</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open. You can also drop a playbook file on this window.</source>
        <translation>ダブルクリックまたは Enter で開きます。プレイブックのファイルをこのウィンドウにドロップすることもできます。</translation>
    </message>
    <message>
        <source>No recent playbooks yet.</source>
        <translation>最近使ったプレイブックはまだありません。</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Industry and regime</source>
        <translation>業種と規制</translation>
    </message>
    <message>
        <source>Start from the starter closest to your firm; its regulatory presets come with it.</source>
        <translation>自社に最も近いスターターから始めます。その規制プリセットも含まれます。</translation>
    </message>
    <message>
        <source>The starter closest to your firm: its regulatory presets come with it</source>
        <translation>自社に最も近いスターター。その規制プリセットも含まれます</translation>
    </message>
    <message>
        <source>Starters</source>
        <translation>スターター</translation>
    </message>
    <message>
        <source>Governance model</source>
        <translation>ガバナンスモデル</translation>
    </message>
    <message>
        <source>How social media is organised. Hub and spoke is what most regulated firms choose.</source>
        <translation>ソーシャルメディアの組織の形。規制対象の企業の多くはハブ・アンド・スポークを選びます。</translation>
    </message>
    <message>
        <source>&amp;Audiences of your own:</source>
        <translation>独自のオーディエンス(&amp;A):</translation>
    </message>
    <message>
        <source>e.g. Volunteers, or Certified spokespeople</source>
        <translation>例: ボランティア、認定スポークスパーソン</translation>
    </message>
    <message>
        <source>The audience as your policy names it</source>
        <translation>ポリシーでの呼び方によるオーディエンス</translation>
    </message>
    <message>
        <source>Audience name</source>
        <translation>オーディエンス名</translation>
    </message>
    <message>
        <source>The built-in audience it is a kind of: that audience&apos;s checks then bind it</source>
        <translation>該当する組み込みのオーディエンス。そのオーディエンスのチェックが適用されます</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>扱い</translation>
    </message>
    <message>
        <source>A group of its own</source>
        <translation>独自のグループ</translation>
    </message>
    <message>
        <source>Add audience</source>
        <translation>オーディエンスを追加</translation>
    </message>
    <message>
        <source>Adds the audience to the policy&apos;s scope</source>
        <translation>オーディエンスをポリシーの適用範囲に追加します</translation>
    </message>
    <message>
        <source>The audiences of your own the new playbook will define</source>
        <translation>新しいプレイブックで定義する独自のオーディエンス</translation>
    </message>
    <message>
        <source>Audiences of your own</source>
        <translation>独自のオーディエンス</translation>
    </message>
    <message>
        <source>Remove audience</source>
        <translation>オーディエンスを削除</translation>
    </message>
    <message>
        <source>Removes the selected audience</source>
        <translation>選択したオーディエンスを削除します</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already an audience.</source>
        <translation>「{name}」はすでにオーディエンスです。</translation>
    </message>
    <message>
        <source>Scope: regions and audiences</source>
        <translation>適用範囲: 地域とオーディエンス</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>追加:</translation>
    </message>
    <message>
        <source>Add the region {region}</source>
        <translation>地域 {region} を追加</translation>
    </message>
    <message>
        <source>Adds {region} to the regions, as a spoke of the hub</source>
        <translation>{region} をハブのスポークとして地域に追加します</translation>
    </message>
    <message>
        <source>&amp;Regions, one per line:</source>
        <translation>地域（1 行に 1 つ）(&amp;R):</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>One region, business unit or brand per line; each becomes a spoke file</source>
        <translation>1 行に 1 つの地域、事業部門、またはブランド。それぞれがスポークファイルになります</translation>
    </message>
    <message>
        <source>{label} needs at least one spoke: each region becomes a spoke file that tailors the hub (local laws, languages, contacts). Add the groups your policy names of its own.</source>
        <translation>{label}には少なくとも 1 つのスポークが必要です。各地域は、ハブを調整するスポークファイル（現地の法律、言語、連絡先）になります。ポリシー独自のグループを追加してください。</translation>
    </message>
    <message>
        <source>{label} has no spokes: leave the regions empty for a single playbook, or add regions to tailor it per region all the same. Add the groups your policy names of its own.</source>
        <translation>{label}にはスポークがありません。単一のプレイブックにするには地域を空のままにします。地域ごとに調整する場合は地域を追加してください。ポリシー独自のグループを追加してください。</translation>
    </message>
    <message>
        <source>Counts as {audience}</source>
        <translation>{audience}として扱う</translation>
    </message>
    <message>
        <source>{name} (counts as {audience})</source>
        <translation>{name}（{audience}として扱う）</translation>
    </message>
    <message>
        <source>The starter already defines: {names}.</source>
        <translation>スターターで定義済み: {names}。</translation>
    </message>
    <message>
        <source>The starter defines no audiences of its own.</source>
        <translation>スターターには独自のオーディエンスはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n spoke(s) will be created: {regions}.</source>
        <translation>
            <numerusform>%n 件のスポークを作成します: {regions}。</numerusform>
        </translation>
    </message>
    <message>
        <source>No regions yet.</source>
        <translation>地域はまだありません。</translation>
    </message>
    <message>
        <source>Two regions have the same name.</source>
        <translation>同じ名前の地域が 2 つあります。</translation>
    </message>
    <message>
        <source>{label} needs at least one region. Add one, or go Back and choose a model without spokes (organic, centralized or honeycomb).</source>
        <translation>{label}には少なくとも 1 つの地域が必要です。追加するか、「戻る」でスポークのないモデル（オーガニック、集中型、ハニカム）を選んでください。</translation>
    </message>
    <message>
        <source>Title, people and roles</source>
        <translation>タイトル、担当者、役職</translation>
    </message>
    <message>
        <source>The owner is accountable for the playbook; the executive champion sponsors the programme (the first reason social media programmes fail is that no executive buys in).</source>
        <translation>オーナーはプレイブックに責任を持ち、エグゼクティブ・チャンピオンはプログラムを支援します（ソーシャルメディアのプログラムが失敗する一番の理由は、経営層の賛同がないことです）。</translation>
    </message>
    <message>
        <source>The title of the policy as staff will see it</source>
        <translation>従業員に表示されるポリシーのタイトル</translation>
    </message>
    <message>
        <source>e.g. Acme Bank Social Media Policy</source>
        <translation>例: Acme Bank ソーシャルメディアポリシー</translation>
    </message>
    <message>
        <source>Full name of the person accountable for the playbook</source>
        <translation>プレイブックに責任を持つ人の氏名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Full name of the executive who sponsors the programme (optional)</source>
        <translation>プログラムを支援する役員の氏名（任意）</translation>
    </message>
    <message>
        <source>Full name of the sponsoring executive</source>
        <translation>支援する役員の氏名</translation>
    </message>
    <message>
        <source>Offices, committees and teams the policy names instead of a person, one per line; owners, approvers, decision rights and crisis contacts may name them</source>
        <translation>ポリシーが人の代わりに指定する部署、委員会、チーム（1 行に 1 つ）。オーナー、承認者、決定権、危機対応の連絡先で指定できます</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Playbook title</source>
        <translation>プレイブックのタイトル</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <source>Executive champion</source>
        <translation>エグゼクティブ・チャンピオン</translation>
    </message>
    <message>
        <source>Roles, one per line</source>
        <translation>役職（1 行に 1 つ）</translation>
    </message>
    <message>
        <source>The starter already names: {names}. Add the offices and committees your policy names besides them (e.g. Ethics Committee).</source>
        <translation>スターターで指定済み: {names}。これ以外にポリシーで指定する部署や委員会（例: 倫理委員会）を追加してください。</translation>
    </message>
    <message>
        <source>Add the offices and committees your policy names (e.g. Social Media Council, Privacy Officer).</source>
        <translation>ポリシーで指定する部署や委員会（例: ソーシャルメディア評議会、個人情報保護責任者）を追加してください。</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>The hub and its spoke files are written into this folder; nothing is overwritten.</source>
        <translation>ハブとスポークファイルはこのフォルダーに書き出されます。上書きされるものはありません。</translation>
    </message>
    <message>
        <source>The folder the hub and its spoke files are written into</source>
        <translation>ハブとスポークファイルの書き出し先のフォルダー</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose the folder for the new files</source>
        <translation>新しいファイルのフォルダーを選択します</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>フォルダーを選択</translation>
    </message>
    <message>
        <source>The start of the file names; the spokes add their region to it</source>
        <translation>ファイル名の先頭部分。スポークではその後に地域名が付きます</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>そのフォルダーは存在しません。</translation>
    </message>
    <message>
        <source>{name} already exists in that folder.</source>
        <translation>{name} はそのフォルダーにすでに存在します。</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>新しいプレイブック</translation>
    </message>
    <message>
        <source>The playbook was not created: {exc}</source>
        <translation>プレイブックは作成されませんでした: {exc}</translation>
    </message>
</context>
<context>
    <name>Workflows</name>
    <message>
        <source>Folder</source>
        <extracomment>the content the next change-log entry is proposed against (last recorded version) the scorecards of approved content read so far, by content fingerprint injectable for tests: opens an exported file or folder, chooses a folder</extracomment>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>New Playbook &amp;Wizard…</source>
        <translation>新規プレイブック ウィザード(&amp;W)…</translation>
    </message>
    <message>
        <source>Create a hub and its regional spokes step by step</source>
        <translation>ハブとその地域スポークを段階的に作成します</translation>
    </message>
    <message>
        <source>New Spo&amp;ke…</source>
        <translation>新規スポーク(&amp;K)…</translation>
    </message>
    <message>
        <source>Start a regional spoke that tailors your organisation&apos;s hub</source>
        <translation>組織のハブを調整する地域スポークを始めます</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>承認を記録(&amp;S)…</translation>
    </message>
    <message>
        <source>Record an approval of the current content</source>
        <translation>現在の内容の承認を記録します</translation>
    </message>
    <message>
        <source>&amp;Record Change…</source>
        <translation>変更を記録(&amp;R)…</translation>
    </message>
    <message>
        <source>Add an entry to the change log</source>
        <translation>変更履歴に項目を追加します</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>比較(&amp;M)…</translation>
    </message>
    <message>
        <source>See what differs from another version</source>
        <translation>別のバージョンとの違いを確認します</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a policy document (Word, PDF, HTML, ...)</source>
        <translation>ポリシー文書を書き出します（Word、PDF、HTML など）</translation>
    </message>
    <message>
        <source>&amp;Tailoring View…</source>
        <translation>調整ビュー(&amp;T)…</translation>
    </message>
    <message>
        <source>Tailor this regional spoke against its hub</source>
        <translation>この地域スポークをハブに対して調整します</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>不明な日付</translation>
    </message>
    <message>
        <source>the sign-off of {when} ({approver})</source>
        <translation>{when} の承認（{approver}）</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>新しいプレイブック</translation>
    </message>
    <message>
        <source>Created, with problems to fix:
{summary}</source>
        <translation>作成しました。修正すべき問題があります:
{summary}</translation>
    </message>
    <message>
        <source>the {starter_title} starter</source>
        <translation>スターター「{starter_title}」</translation>
    </message>
    <message numerus="yes">
        <source>Created {name} and %n spoke file(s)</source>
        <translation>
            <numerusform>{name} とスポークファイル %n 件を作成しました</numerusform>
        </translation>
    </message>
    <message>
        <source>New spoke</source>
        <translation>新規スポーク</translation>
    </message>
    <message>
        <source>Region, business unit or brand of the new spoke of {name}:</source>
        <translation>{name} の新しいスポークの地域、事業部門、またはブランド:</translation>
    </message>
    <message>
        <source>New &apos;{region}&apos; spoke of {name}</source>
        <translation>{name} の新しいスポーク「{region}」</translation>
    </message>
    <message>
        <source>Sign-off recorded (save to keep it)</source>
        <translation>承認を記録しました（残すには保存してください）</translation>
    </message>
    <message>
        <source>Its hub</source>
        <translation>そのハブ</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>別のファイル…</translation>
    </message>
    <message>
        <source>An earlier version (git)…</source>
        <translation>以前のバージョン (git)…</translation>
    </message>
    <message>
        <source>Compare this region&apos;s effective playbook with its hub, or with another file?</source>
        <translation>この地域の有効なプレイブックを、ハブと比較しますか、それとも別のファイルと比較しますか？</translation>
    </message>
    <message>
        <source>Compare with another file?</source>
        <translation>別のファイルと比較しますか？</translation>
    </message>
    <message>
        <source>, or with an earlier version of this file in git?</source>
        <translation>または、このファイルの git 上の以前のバージョンと比較しますか？</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <source>An earlier version</source>
        <translation>以前のバージョン</translation>
    </message>
    <message>
        <source> Merge them one at a time.</source>
        <translation> 1 つずつマージしてください。</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n conflict copy(s) beside it, made by a sync client when the playbook was saved in two places at once:

{copies}

</source>
        <translation>
            <numerusform>{name} の横に競合コピーが %n 件あります。プレイブックが 2 か所で同時に保存されたときに、同期クライアントが作成したものです:

{copies}

</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge it into this playbook now?</source>
        <translation>
            <numerusform>今すぐこのプレイブックにマージしますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict copy found</source>
        <translation>競合コピーが見つかりました</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>マージ…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <source>This playbook is open read-only; the copy cannot be merged.</source>
        <translation>このプレイブックは読み取り専用で開かれているため、コピーをマージできません。</translation>
    </message>
    <message>
        <source>line {line}: {note}</source>
        <translation>{line} 行目: {note}</translation>
    </message>
    <message>
        <source>
  … and {value} more</source>
        <translation>
  … ほか {value} 件</translation>
    </message>
    <message>
        <source>Unresolved merge conflicts</source>
        <translation>未解決のマージ競合</translation>
    </message>
    <message>
        <source>{name} was merged with conflicts. This file&apos;s (OURS&apos;s) value stands at each; check it, change what should differ, then save (saving removes the list from the top of the file):</source>
        <translation>{name} は競合を含んだままマージされました。各箇所ではこのファイルの値 (OURS) が有効です。確認し、違うべき箇所を変更してから保存してください（保存するとファイル先頭の一覧は削除されます）:</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>適用除外…</translation>
    </message>
    <message>
        <source>The playbook is open read-only.</source>
        <translation>プレイブックは読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>適用除外にする</translation>
    </message>
</context>
</TS>
