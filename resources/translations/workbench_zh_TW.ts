<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../workbench/gui/actions.py" line="32"/>
        <source>&amp;New workspace…</source>
        <translation>新建工作區(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="33"/>
        <source>&amp;Open workspace…</source>
        <translation>開啟工作區(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="34"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="35"/>
        <source>&amp;Back up workspace</source>
        <translation>備份工作區(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="36"/>
        <source>&amp;Close document</source>
        <translation>關閉文件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="37"/>
        <source>&amp;Preferences…</source>
        <translation>首選項(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="38"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="39"/>
        <source>&amp;Undo</source>
        <translation>撤銷(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="40"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="41"/>
        <source>&amp;Find…</source>
        <translation>查詢(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="42"/>
        <source>Find and &amp;replace…</source>
        <translation>查詢和替換(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="43"/>
        <source>&amp;Go to segment…</source>
        <translation>轉到句段(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="44"/>
        <source>&amp;Confirm and go to next unconfirmed</source>
        <translation>確認並轉到下一個未確認句段(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="45"/>
        <source>&amp;Edit target</source>
        <translation>編輯譯文(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="46"/>
        <source>&amp;Previous segment</source>
        <translation>上一句段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="47"/>
        <source>&amp;Next segment</source>
        <translation>下一句段(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="48"/>
        <source>Copy &amp;source to target</source>
        <translation>複製原文到譯文(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="49"/>
        <source>C&amp;lear target</source>
        <translation>清除譯文(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="50"/>
        <source>S&amp;plit segment</source>
        <translation>拆分句段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="51"/>
        <source>&amp;Merge with next segment</source>
        <translation>與下一句段合併(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="52"/>
        <source>Segment &amp;history…</source>
        <translation>句段歷史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="53"/>
        <source>Mark &amp;reviewed</source>
        <translation>標記為已審校(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="54"/>
        <source>Mark &amp;approved</source>
        <translation>標記為已批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="55"/>
        <source>&amp;Lock</source>
        <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="56"/>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="57"/>
        <source>&amp;Add term from selection…</source>
        <translation>從所選內容新增術語(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="58"/>
        <source>Term base &amp;manager…</source>
        <translation>術語庫管理器(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="59"/>
        <source>&amp;Run QA on document</source>
        <translation>檢查目前文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="60"/>
        <source>QA on this &amp;issue</source>
        <translation>檢查本期全部文件(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="61"/>
        <source>QA on the whole &amp;workspace</source>
        <translation>檢查整個工作區(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="62"/>
        <source>&amp;Next QA finding</source>
        <translation>下一個檢查問題(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="63"/>
        <source>&amp;Previous QA finding</source>
        <translation>上一個檢查問題(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="64"/>
        <source>&amp;Swap source and target columns</source>
        <translation>交換原文和譯文欄(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="65"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="66"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="67"/>
        <source>&amp;About ICC Workbench</source>
        <translation>關於國際傳播編輯工作臺(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="73"/>
        <source>Discard what was typed in this segment</source>
        <translation>放棄本句段中剛輸入的內容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="74"/>
        <source>Leave the editor (the text is kept as a draft)</source>
        <translation>離開編輯框（文字保留為草稿）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="75"/>
        <source>New line inside the segment</source>
        <translation>在句段內換行</translation>
    </message>
</context>
<context>
    <name>AddArticlesDialog</name>
    <message>
        <location filename="../../workbench/gui/publishing/dialogs.py" line="143"/>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/dialogs.py" line="167"/>
        <source>Every document is already in an issue. Import or create one first.</source>
        <translation>所有文件都已編入某一期。請先匯入或新增文件。</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="14"/>
        <source>Add articles</source>
        <translation>新增文章</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="20"/>
        <source>Documents not yet in any issue. Select one or more (Ctrl+click, Shift+click).</source>
        <translation>以下是尚未編入任何一期的文件。可選擇一篇或多篇（Ctrl+按一下、Shift+按一下）。</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="30"/>
        <source>Filter by title</source>
        <translation>依標題篩選</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="56"/>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="61"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="66"/>
        <source>Other title</source>
        <translation>另一語言標題</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="71"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="81"/>
        <source>Add to &amp;section:</source>
        <translation>新增到欄目(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>AlignmentReview</name>
    <message>
        <location filename="../../ui/alignment_review.ui" line="6"/>
        <source>Align document</source>
        <translation>對齊文件</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_review.ui" line="12"/>
        <source>Aligning…</source>
        <translation>正在對齊…</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_review.ui" line="19"/>
        <source>&amp;Highlight links below:</source>
        <translation>醒目顯示可信度低於(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_review.ui" line="29"/>
        <source>Links the aligner is less sure of than this are highlighted for review</source>
        <translation>對齊可信度低於此值的連結將醒目顯示，供人工複核</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_review.ui" line="61"/>
        <source>Also re-segment the document to follow the links</source>
        <translation>同時依連結重新切分文件句段</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_review.ui" line="62"/>
        <source>One segment per link; undoable in the editor (Ctrl+Z)</source>
        <translation>每個連結一個句段；可在編輯器中復原（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_review.ui" line="72"/>
        <source>&amp;Confirm: add the pairs to the TM</source>
        <translation>確認：將句對加入翻譯記憶庫(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_review.ui" line="78"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>AlignmentReviewWindow</name>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="122"/>
        <source>Merge with next</source>
        <translation>與下一條合併</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="123"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="124"/>
        <source>Move sentence up</source>
        <translation>句子上移</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="125"/>
        <source>Move sentence down</source>
        <translation>句子下移</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="126"/>
        <source>Unlink (1-0 / 0-1)</source>
        <translation>取消連結（1-0 / 0-1）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="127"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="128"/>
        <source>Next to review</source>
        <translation>下一條待複核</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="129"/>
        <source>Align again</source>
        <translation>重新對齊</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="133"/>
        <source>Move the first sentence of the selected cell&apos;s side to the link above</source>
        <translation>將所選儲存格一側的第一句移到上一條連結</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="136"/>
        <source>Move the last sentence of the selected cell&apos;s side to the link below</source>
        <translation>將所選儲存格一側的最後一句移到下一條連結</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="138"/>
        <source>Mark the source and the target as having no counterpart</source>
        <translation>將原文和譯文標記為無對應內容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="164"/>
        <source>Aligning…</source>
        <translation>正在對齊…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="176"/>
        <source>Cannot align: %1</source>
        <translation>無法對齊：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="183"/>
        <source>%1 source and %2 target sentences, aligned %3 in %4 ms</source>
        <translation>原文 %1 句，譯文 %2 句，%3對齊，用時 %4 毫秒</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="188"/>
        <source>paragraph by paragraph</source>
        <translation>逐段</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="190"/>
        <source>across the document</source>
        <translation>全文</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/alignment/review.py" line="207"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n 條連結</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/alignment/review.py" line="209"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n 條待複核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/alignment/review.py" line="211"/>
        <source>%n pair(s) for the TM</source>
        <translation>
            <numerusform>%n 個句對可入庫</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/alignment/review.py" line="281"/>
        <source>Added %n pair(s) to the translation memory.</source>
        <translation>
            <numerusform>已將 %n 個句對加入翻譯記憶庫。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="308"/>
        <source>Align document</source>
        <translation>對齊文件</translation>
    </message>
</context>
<context>
    <name>AssemblyCommands</name>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_commands.py" line="75"/>
        <source>Delete publication</source>
        <translation>刪除刊物</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_commands.py" line="77"/>
        <source>Delete %1 with all its issues and sections? The articles stay in the workspace, in no issue.</source>
        <translation>刪除「%1」及其所有期和欄目？文章仍保留在工作區中，不屬於任何一期。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_commands.py" line="115"/>
        <source>Delete issue</source>
        <translation>刪除本期</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_commands.py" line="117"/>
        <source>Delete issue %1 and its sections? The articles stay in the workspace, in no issue.</source>
        <translation>刪除「%1」這一期及其欄目？文章仍保留在工作區中，不屬於任何一期。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_commands.py" line="165"/>
        <source>Delete section</source>
        <translation>刪除欄目</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/publishing/assembly_commands.py" line="167"/>
        <source>Delete %1? Its %n article(s) stay in the workspace, in no issue.</source>
        <translation>
            <numerusform>刪除欄目「%1」？其中的 %n 篇文章仍保留在工作區中，不屬於任何一期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/planner/calendar_model.py" line="176"/>
        <source>%n item(s) published</source>
        <translation>
            <numerusform>發布 %n 條內容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/planner/calendar_model.py" line="179"/>
        <source>%n stage deadline(s)</source>
        <translation>
            <numerusform>%n 個環節截止</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="126"/>
        <source>New campaign</source>
        <translation>新增專題活動</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="126"/>
        <source>Campaign</source>
        <translation>專題活動</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="203"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="203"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="203"/>
        <source>Audience time zone</source>
        <translation>受眾時區</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="203"/>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="205"/>
        <source>Channels</source>
        <translation>管道</translation>
    </message>
</context>
<context>
    <name>ConceptDialog</name>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="124"/>
        <source>Edit concept</source>
        <translation>編輯概念</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="124"/>
        <source>New concept</source>
        <translation>新建概念</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="137"/>
        <source>New term base…</source>
        <translation>新建術語庫…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="143"/>
        <source>My terms</source>
        <translation>我的術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="292"/>
        <source>Already in the term bases:</source>
        <translation>術語庫中已有：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="325"/>
        <source>Enter at least one term.</source>
        <translation>請至少輸入一個術語。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="330"/>
        <source>The term “%1” is listed twice.</source>
        <translation>術語“%1”重複列出。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="333"/>
        <source>Enter a name for the new term base.</source>
        <translation>請輸入新術語庫的名稱。</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="6"/>
        <source>Concept</source>
        <translation>概念</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="12"/>
        <source>&amp;Term base:</source>
        <translation>術語庫(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="26"/>
        <source>Name of the new term base</source>
        <translation>新術語庫的名稱</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="33"/>
        <source>&amp;Subject:</source>
        <translation>領域(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="45"/>
        <source>Sc&amp;ope:</source>
        <translation>適用範圍(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="51"/>
        <source>A city or organisation, e.g. Chongqing</source>
        <translation>城市或機構，例如重慶</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="56"/>
        <source>Sou&amp;rce:</source>
        <translation>來源(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="62"/>
        <source>Where the rendering comes from</source>
        <translation>譯法的出處</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="69"/>
        <source>Terms</source>
        <translation>術語</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="79"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="80"/>
        <source>Term</source>
        <translation>術語</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="81"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="82"/>
        <source>Part of speech</source>
        <translation>詞性</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="83"/>
        <source>Usage note</source>
        <translation>用法說明</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="84"/>
        <source>Case-sensitive</source>
        <translation>區分大小寫</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="91"/>
        <source>Add &amp;Chinese term</source>
        <translation>新增中文術語(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="96"/>
        <source>Add &amp;English term</source>
        <translation>新增英文術語(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="101"/>
        <source>Re&amp;move term</source>
        <translation>刪除術語(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="118"/>
        <source>&amp;Definition:</source>
        <translation>定義(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="124"/>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ConceptModel</name>
    <message>
        <location filename="../../workbench/gui/termbase/concept_model.py" line="47"/>
        <source>Chinese terms</source>
        <translation>中文術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_model.py" line="48"/>
        <source>English terms</source>
        <translation>英文術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_model.py" line="49"/>
        <source>Forbidden</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_model.py" line="50"/>
        <source>Subject</source>
        <translation>領域</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_model.py" line="51"/>
        <source>Term base</source>
        <translation>術語庫</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_model.py" line="52"/>
        <source>Modified</source>
        <translation>修改時間</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_model.py" line="272"/>
        <source>Concepts with a forbidden (deprecated) term</source>
        <translation>含禁用術語的概念</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_model.py" line="313"/>
        <source>Forbidden: %1</source>
        <translation>禁用：%1</translation>
    </message>
</context>
<context>
    <name>ConcordancePanel</name>
    <message>
        <location filename="../../workbench/gui/tm/concordance.py" line="101"/>
        <source>Search failed: %1</source>
        <translation>檢索失敗：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/concordance.py" line="116"/>
        <source>Both sides</source>
        <translation>原文和譯文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/concordance.py" line="117"/>
        <location filename="../../ui/concordance.ui" line="50"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/concordance.py" line="118"/>
        <location filename="../../ui/concordance.ui" line="51"/>
        <source>Target</source>
        <translation>譯文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/concordance.py" line="138"/>
        <source>Searching…</source>
        <translation>正在檢索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/tm/concordance.py" line="156"/>
        <source>%n unit(s) with “%1” (%2 ms)</source>
        <translation>
            <numerusform>%n 個翻譯單元含「%1」（%2 毫秒）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/concordance.ui" line="16"/>
        <source>Search the memory: Chinese characters or English words</source>
        <translation>檢索翻譯記憶庫：中文字詞或英文單字</translation>
    </message>
    <message>
        <location filename="../../ui/concordance.ui" line="22"/>
        <source>Which side to search</source>
        <translation>檢索哪一側</translation>
    </message>
    <message>
        <location filename="../../ui/concordance.ui" line="27"/>
        <source>Search</source>
        <translation>檢索</translation>
    </message>
    <message>
        <location filename="../../ui/concordance.ui" line="35"/>
        <source>Select text in a segment and press Ctrl+Shift+C, or type here.</source>
        <translation>在句段中選取文字後按 Ctrl+Shift+C，或在此輸入。</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="31"/>
        <source>Same Chinese term, different preferred English</source>
        <translation>中文術語相同，首選英文不同</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="34"/>
        <source>Same preferred English for different concepts</source>
        <translation>不同概念的首選英文相同</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="37"/>
        <source>Forbidden in one place, allowed in another</source>
        <translation>一處禁用、另一處允許</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="65"/>
        <source>Search again</source>
        <translation>重新查詢</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="68"/>
        <source>All conflicts</source>
        <translation>全部衝突</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="84"/>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="91"/>
        <source>Looking for conflicts…</source>
        <translation>正在查詢衝突…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="134"/>
        <source>%n conflict(s) found</source>
        <translation>
            <numerusform>發現 %n 個衝突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="136"/>
        <source>%1 of %2 conflicts shown</source>
        <translation>顯示 %1 個衝突（共 %2 個）</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="6"/>
        <source>Term conflicts</source>
        <translation>術語衝突</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="22"/>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="37"/>
        <source>Term</source>
        <translation>術語</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="38"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="39"/>
        <source>Term base</source>
        <translation>術語庫</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="40"/>
        <source>Preferred English</source>
        <translation>首選英文</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="41"/>
        <source>Concept</source>
        <translation>概念</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="47"/>
        <source>Double-click a term to open its concept in the manager.</source>
        <translation>雙擊術語可在管理器中開啟其概念。</translation>
    </message>
</context>
<context>
    <name>DocumentListPanel</name>
    <message>
        <location filename="../../ui/document_list.ui" line="14"/>
        <source>Filter:</source>
        <translation>篩選：</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.ui" line="20"/>
        <source>Title contains…</source>
        <translation>標題包含…</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.ui" line="26"/>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.ui" line="35"/>
        <source>Direction:</source>
        <translation>翻譯方向：</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.ui" line="44"/>
        <source>Series:</source>
        <translation>欄目：</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="28"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="29"/>
        <source>Translating</source>
        <translation>翻譯中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="30"/>
        <source>Translated</source>
        <translation>已翻譯</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="31"/>
        <source>In review</source>
        <translation>審校中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="32"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="33"/>
        <source>Published</source>
        <translation>已釋出</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="36"/>
        <source>ID</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="37"/>
        <source>Chinese title</source>
        <translation>中文標題</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="38"/>
        <source>English title</source>
        <translation>英文標題</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="39"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="40"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="41"/>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="42"/>
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="46"/>
        <source>zh → en</source>
        <translation>中 → 英</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="47"/>
        <source>en → zh</source>
        <translation>英 → 中</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../../workbench/gui/editor/view.py" line="245"/>
        <location filename="../../workbench/gui/editor/view.py" line="386"/>
        <source>This segment is locked.</source>
        <translation>此句段已鎖定。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/editor/view.py" line="414"/>
        <source>Filled %n identical segment(s)</source>
        <translation>
            <numerusform>已填充 %n 個相同句段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/view.py" line="425"/>
        <source>Every segment is confirmed.</source>
        <translation>所有句段均已確認。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/view.py" line="473"/>
        <source>Edit note</source>
        <translation>編輯備註</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/view.py" line="497"/>
        <source>Split segment %1</source>
        <translation>拆分句段 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/view.py" line="530"/>
        <source>Merge segment %1</source>
        <translation>合併句段 %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../workbench/gui/errors.py" line="26"/>
        <source>ICC Workbench</source>
        <translation>國際傳播編輯工作臺</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="32"/>
        <source>This is a bug. The details were written to the log.</source>
        <translation>這是程式錯誤，詳細資訊已寫入日誌。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="35"/>
        <location filename="../../workbench/gui/errors.py" line="58"/>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="52"/>
        <source>This is a bug. A report was written to %1.</source>
        <translation>這是程式錯誤。報告已寫入 %1。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="61"/>
        <source>Copy report</source>
        <translation>複製報告</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="63"/>
        <source>Open log folder</source>
        <translation>開啟日誌資料夾</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="88"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="46"/>
        <source>Source and target</source>
        <translation>原文和譯文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="47"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="48"/>
        <source>Target</source>
        <translation>譯文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="64"/>
        <location filename="../../ui/find_replace.ui" line="14"/>
        <source>Find and replace</source>
        <translation>查詢和替換</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="64"/>
        <source>Find</source>
        <translation>查詢</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="102"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 處匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="141"/>
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n 處替換</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="170"/>
        <source>Replaced in %n segment(s)</source>
        <translation>
            <numerusform>已在 %n 個句段中替換</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="22"/>
        <source>Find:</source>
        <translation>查詢：</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="39"/>
        <source>Replace with:</source>
        <translation>替換為：</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="56"/>
        <source>Look in:</source>
        <translation>查詢範圍：</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="73"/>
        <source>Match &amp;case</source>
        <translation>區分大小寫(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="80"/>
        <source>&amp;Whole words</source>
        <translation>全字匹配(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="87"/>
        <source>Regular e&amp;xpression</source>
        <translation>正規表示式(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="122"/>
        <source>#</source>
        <translation>序號</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="127"/>
        <source>Before</source>
        <translation>替換前</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="132"/>
        <source>After</source>
        <translation>替換後</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="142"/>
        <source>Find &amp;next</source>
        <translation>查詢下一個(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="152"/>
        <source>&amp;Preview replacements</source>
        <translation>預覽替換(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="159"/>
        <source>&amp;Replace</source>
        <translation>替換(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="166"/>
        <source>Replace &amp;all</source>
        <translation>全部替換(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="180"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>GotoDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs/goto.py" line="22"/>
        <source>Segments 1 to %1</source>
        <translation>句段 1 至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/goto_segment.ui" line="14"/>
        <source>Go to segment</source>
        <translation>轉到句段</translation>
    </message>
    <message>
        <location filename="../../ui/goto_segment.ui" line="22"/>
        <source>Segment number:</source>
        <translation>句段編號：</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../workbench/gui/dialogs/history.py" line="58"/>
        <source>Imported from %1</source>
        <translation>匯入自 %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="77"/>
        <source>Import plan</source>
        <translation>匯入計畫</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/planner/import_dialog.py" line="81"/>
        <source>%1: %n row(s) under the header in row %2</source>
        <translation>
            <numerusform>%1：第 %2 行表頭下共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="88"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="88"/>
        <source>Column in the file</source>
        <translation>檔案中的列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="94"/>
        <source>(not imported)</source>
        <translation>（不匯入）</translation>
    </message>
</context>
<context>
    <name>IssueAssemblyWindow</name>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="136"/>
        <source>Drag sections and articles to reorder them; drop an article on a section to put it at the end. Alt+↑/↓ moves the selection, Del takes articles out of the issue (they stay in the workspace).</source>
        <translation>拖曳欄目和文章即可調整順序；把文章拖到欄目上，會放到該欄目末尾。Alt+↑/↓ 移動所選內容，Del 將文章移出本期（文章仍保留在工作區中）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="197"/>
        <source>&amp;Publication</source>
        <translation>刊物(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="198"/>
        <source>&amp;Issue</source>
        <translation>期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="199"/>
        <source>&amp;Arrange</source>
        <translation>編排(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="202"/>
        <source>&amp;New publication…</source>
        <translation>新增刊物(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="203"/>
        <source>Publication &amp;properties…</source>
        <translation>刊物屬性(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="204"/>
        <source>&amp;Delete publication…</source>
        <translation>刪除刊物(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="205"/>
        <source>&amp;New issue…</source>
        <translation>新增一期(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="206"/>
        <source>Issue &amp;properties…</source>
        <translation>本期屬性(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="207"/>
        <source>&amp;Delete issue…</source>
        <translation>刪除本期(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="208"/>
        <source>P&amp;ublish issue…</source>
        <translation>出版本期(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="209"/>
        <source>Add &amp;section…</source>
        <translation>新增欄目(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="210"/>
        <source>&amp;Rename section…</source>
        <translation>重新命名欄目(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="211"/>
        <source>&amp;Delete section…</source>
        <translation>刪除欄目(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="212"/>
        <source>&amp;Add articles…</source>
        <translation>新增文章(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="213"/>
        <source>Re&amp;move from issue</source>
        <translation>移出本期(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="214"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="215"/>
        <source>Move dow&amp;n</source>
        <translation>下移(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="216"/>
        <location filename="../../ui/issue_assembly.ui" line="232"/>
        <source>&amp;Open in editor</source>
        <translation>在編輯器中開啟(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="217"/>
        <source>Re&amp;fresh</source>
        <translation>重新整理(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="218"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="239"/>
        <location filename="../../ui/issue_assembly.ui" line="276"/>
        <source>Assembly</source>
        <translation>編排</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="246"/>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="339"/>
        <source>No publications yet: Publication ▸ New publication… creates one.</source>
        <translation>還沒有刊物：可透過「刊物 ▸ 新增刊物…」建立。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="341"/>
        <source>This publication has no issues yet: Issue ▸ New issue… adds one.</source>
        <translation>該刊物還沒有任何一期：可透過「期 ▸ 新增一期…」新增。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="346"/>
        <source>%1 · %2 · first page %3 · %4 section(s), %n article(s)</source>
        <translation>
            <numerusform>%1 · %2 · 起始頁碼 %3 · %4 個欄目，%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="353"/>
        <source>Arrange ▸ Add section… starts the issue.</source>
        <translation>先透過「編排 ▸ 新增欄目…」開始編排本期。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="417"/>
        <source>%n articles selected</source>
        <translation>
            <numerusform>已選擇 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="422"/>
        <source>Select an article to set its print options.</source>
        <translation>選擇一篇文章以設定其印刷選項。</translation>
    </message>
    <message>
        <location filename="../../ui/issue_assembly.ui" line="14"/>
        <source>Issue assembly</source>
        <translation>期刊編排</translation>
    </message>
    <message>
        <location filename="../../ui/issue_assembly.ui" line="35"/>
        <source>Pu&amp;blication:</source>
        <translation>刊物(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/issue_assembly.ui" line="81"/>
        <source>Is&amp;sue:</source>
        <translation>期(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/issue_assembly.ui" line="190"/>
        <source>Article options</source>
        <translation>文章選項</translation>
    </message>
    <message>
        <location filename="../../ui/issue_assembly.ui" line="209"/>
        <source>Start on a &amp;right-hand page</source>
        <translation>從右頁（單數頁碼）開始(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/issue_assembly.ui" line="212"/>
        <source>Begin this article on an odd (right-hand) page, leaving a blank page before it if needed</source>
        <translation>本文從單數頁碼（右頁）開始排，必要時在前面留一個空白頁</translation>
    </message>
    <message>
        <location filename="../../ui/issue_assembly.ui" line="219"/>
        <source>La&amp;yout:</source>
        <translation>版式(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../workbench/gui/publishing/dialogs.py" line="98"/>
        <source>New issue</source>
        <translation>新增一期</translation>
    </message>
    <message>
        <location filename="../../ui/issue_dialog.ui" line="14"/>
        <source>Issue properties</source>
        <translation>本期屬性</translation>
    </message>
    <message>
        <location filename="../../ui/issue_dialog.ui" line="22"/>
        <source>&amp;Label:</source>
        <translation>期號(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/issue_dialog.ui" line="39"/>
        <source>&amp;Chinese title:</source>
        <translation>中文標題(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/issue_dialog.ui" line="56"/>
        <source>&amp;English title:</source>
        <translation>英文標題(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/issue_dialog.ui" line="73"/>
        <source>&amp;First page number:</source>
        <translation>起始頁碼(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/issue_dialog.ui" line="93"/>
        <source>&amp;Publication date:</source>
        <translation>出版日期(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="137"/>
        <source>New content item</source>
        <translation>新增內容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="137"/>
        <source>Content item</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="143"/>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="146"/>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="149"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="168"/>
        <source>Stage</source>
        <translation>環節</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="169"/>
        <source>Deadline (Beijing)</source>
        <translation>截止時間（北京時間）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="170"/>
        <source>Assignee</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="171"/>
        <source>Effort (h)</source>
        <translation>工時（小時）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="172"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="266"/>
        <source>Not scheduled yet (an idea or the backlog).</source>
        <translation>尚未排期（選題或待辦）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="268"/>
        <source>Unknown time zone: use a name like Europe/Madrid.</source>
        <translation>未知時區：請使用 Europe/Madrid 這樣的名稱。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="273"/>
        <source>= %1 Beijing time</source>
        <translation>= 北京時間 %1</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <location filename="../../workbench/gui/alignment/model.py" line="25"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/model.py" line="26"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/model.py" line="27"/>
        <source>Target</source>
        <translation>譯文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/model.py" line="28"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/model.py" line="29"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/model.py" line="31"/>
        <source>edited</source>
        <translation>已人工調整</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/model.py" line="32"/>
        <source>Shared: %1</source>
        <translation>共有錨點：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="218"/>
        <location filename="../../workbench/gui/main_window.py" line="303"/>
        <location filename="../../workbench/gui/main_window.py" line="332"/>
        <source>ICC Workbench — 国际传播编辑工作台</source>
        <translation>國際傳播編輯工作臺 — ICC Workbench</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="vanished">匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a .txt or .docx file as a new document</source>
        <translation type="vanished">將 .txt 或 .docx 檔案匯入為新文件</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="vanished">重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back up workspace</source>
        <translation type="vanished">備份工作區(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About ICC Workbench</source>
        <translation type="vanished">關於國際傳播編輯工作臺(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>ICC Workbench</source>
        <translation>國際傳播編輯工作臺</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="20"/>
        <source>Open a document from the navigator on the left (double-click), or import one with File → Import.</source>
        <translation>在左側導航欄中雙擊開啟文件，或通過“檔案 → 匯入”匯入文件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="41"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="44"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>&amp;Segment</source>
        <translation>句段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="53"/>
        <source>&amp;Review</source>
        <translation>審校(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="56"/>
        <source>&amp;Terms</source>
        <translation>術語(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="59"/>
        <source>&amp;QA</source>
        <translation>品質檢查(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="62"/>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67"/>
        <source>Main toolbar</source>
        <translation>主工具欄</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="75"/>
        <source>Navigator</source>
        <translation>導航</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="87"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="96"/>
        <source>Publications</source>
        <translation>出版物</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="116"/>
        <source>Term hits</source>
        <translation>術語匹配</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="127"/>
        <source>Term hits will appear here once the term base is available (term base issue).</source>
        <translation>術語庫功能上線後，術語匹配將顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="137"/>
        <source>TM matches</source>
        <translation>翻譯記憶匹配</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="148"/>
        <source>Translation memory matches will appear here once the translation memory is available (alignment and TM issue).</source>
        <translation>翻譯記憶庫功能上線後，翻譯記憶匹配將顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="158"/>
        <source>QA findings</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="169"/>
        <source>QA findings will appear here once the QA checks are available (QA issue).</source>
        <translation>質量檢查功能上線後，檢查結果將顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="179"/>
        <source>Notes and history</source>
        <translation>備註和歷史</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="190"/>
        <source>Segment note:</source>
        <translation>句段備註：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="196"/>
        <source>A note for this segment (saved when you leave the field)</source>
        <translation>本句段的備註（離開輸入框時儲存）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="201"/>
        <source>History:</source>
        <translation>歷史記錄：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="222"/>
        <source>Workspace: %1</source>
        <translation>工作區：%1</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="vanished">全部</translation>
    </message>
    <message>
        <source>Chinese → English</source>
        <translation type="vanished">中譯英</translation>
    </message>
    <message>
        <source>English → Chinese</source>
        <translation type="vanished">英譯中</translation>
    </message>
    <message>
        <source>%1 of %2 documents</source>
        <translation type="vanished">顯示 %1 篇，共 %2 篇文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="92"/>
        <source>&amp;Welcome…</source>
        <translation>歡迎(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="220"/>
        <source>Recent &amp;workspaces</source>
        <translation>最近的工作區(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/main_window.py" line="308"/>
        <source>Restored %n unsaved draft(s) from the last session</source>
        <translation>
            <numerusform>已恢復上次未儲存的 %n 個草稿</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="358"/>
        <source>Confirmed %1 / %2</source>
        <translation>已確認 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="365"/>
        <source>Chinese %1 characters · English %2 words</source>
        <translation>中文 %1 字 · 英文 %2 詞</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="382"/>
        <source>Selection: %1 segments, %2 characters, %3 words</source>
        <translation>選中：%1 個句段，%2 字，%3 詞</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="440"/>
        <source>Target</source>
        <translation>譯文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="441"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="442"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="443"/>
        <source>Created</source>
        <translation>建立</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="444"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="445"/>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="446"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="469"/>
        <source>Segment %1 is hidden by the filter</source>
        <translation>句段 %1 被篩選條件隱藏</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="523"/>
        <source>The new interface language is used after a restart.</source>
        <translation>新的介面語言將在重啟後生效。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="543"/>
        <source>Added while translating document %1</source>
        <translation>翻譯文件 %1 時新增</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="565"/>
        <source>Term added to the term base.</source>
        <translation>術語已新增到術語庫。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="592"/>
        <source>(none yet)</source>
        <translation>（暫無）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="596"/>
        <source>Workspaces (*.db);;All files (*)</source>
        <translation>工作區 (*.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="598"/>
        <source>New workspace</source>
        <translation>新建工作區</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="600"/>
        <source>Open workspace</source>
        <translation>開啟工作區</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="634"/>
        <source>Documents (*.docx *.txt)</source>
        <translation>文件 (*.docx *.txt)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="635"/>
        <source>XLIFF and TMX files (*.xlf *.xliff *.sdlxliff *.tmx)</source>
        <translation>XLIFF 與 TMX 檔案 (*.xlf *.xliff *.sdlxliff *.tmx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="636"/>
        <source>Text copied from a bilingual print PDF (*.txt)</source>
        <translation>從雙語印刷版 PDF 複製的文字 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="639"/>
        <source>Import a document</source>
        <translation>匯入文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="641"/>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Documents (*.docx *.txt);;All files (*)</source>
        <translation type="vanished">文件 (*.docx *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="659"/>
        <source>Imported %1 as document %2</source>
        <translation>已將 %1 匯入為文件 %2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="667"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消匯入，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="671"/>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="688"/>
        <source>Backed up to %1</source>
        <translation>已備份到 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="691"/>
        <source>About ICC Workbench</source>
        <translation>關於國際傳播編輯工作臺</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="704"/>
        <source>ICC Workbench %1
A bilingual editorial workbench for international communication centers.</source>
        <translation>國際傳播編輯工作臺 %1
面向國際傳播中心的中英雙語編輯工具。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="709"/>
        <source>Data folder: %1</source>
        <translation>資料夾：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="710"/>
        <source>Log folder: %1</source>
        <translation>日誌資料夾：%1</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../workbench/gui/navigator.py" line="115"/>
        <location filename="../../workbench/gui/navigator.py" line="120"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/navigator.py" line="121"/>
        <source>Chinese → English</source>
        <translation>中譯英</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/navigator.py" line="122"/>
        <source>English → Chinese</source>
        <translation>英譯中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/navigator.py" line="132"/>
        <source>All series</source>
        <translation>全部欄目</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/navigator.py" line="134"/>
        <source>Series %1</source>
        <translation>欄目 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/navigator.py" line="157"/>
        <source>%1 of %2 documents</source>
        <translation>顯示 %1 篇，共 %2 篇文件</translation>
    </message>
</context>
<context>
    <name>ObservancesDialog</name>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="254"/>
        <source>Chinese name</source>
        <translation>中文名稱</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="255"/>
        <source>English name</source>
        <translation>英文名稱</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="256"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="257"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="258"/>
        <source>Year (empty: every year)</source>
        <translation>年份（留空：每年）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="259"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="260"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="263"/>
        <source>Observances</source>
        <translation>紀念日</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="296"/>
        <source>Row %1: %2 is not a number</source>
        <translation>第 %1 行：%2 不是數字</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="37"/>
        <source>Section / article</source>
        <translation>欄目 / 文章</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="38"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="39"/>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="40"/>
        <source>Right-hand page</source>
        <translation>右頁起排</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="41"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="44"/>
        <source>As the issue</source>
        <translation>同本期</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="45"/>
        <source>Interleaved</source>
        <translation>逐段對照</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="46"/>
        <source>Side by side</source>
        <translation>左右對照</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="47"/>
        <source>English only</source>
        <translation>僅英文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="48"/>
        <source>Chinese only</source>
        <translation>僅中文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="153"/>
        <source>%1 article(s)</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="161"/>
        <source>Section %1: its titles appear in the running headers</source>
        <translation>第 %1 個欄目：欄目標題用於頁首</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="176"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="147"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="148"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="149"/>
        <source>Hours a week</source>
        <translation>每週工時</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="150"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="151"/>
        <source>Active</source>
        <translation>在職</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="154"/>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="182"/>
        <source>Row %1: %2 is not a number of hours</source>
        <translation>第 %1 行：%2 不是有效的小時數</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="34"/>
        <source>Chinese title</source>
        <translation>中文標題</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="35"/>
        <source>English title</source>
        <translation>英文標題</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="36"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="37"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="38"/>
        <source>Campaign</source>
        <translation>專題活動</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="39"/>
        <source>Channels</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="40"/>
        <source>Publish (Beijing)</source>
        <translation>發布（北京時間）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="41"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="42"/>
        <source>Next deadline</source>
        <translation>下一截止</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="43"/>
        <source>Assignee</source>
        <translation>負責人</translation>
    </message>
</context>
<context>
    <name>PlannerCalendar</name>
    <message>
        <location filename="../../workbench/gui/planner/calendar_delegate.py" line="200"/>
        <source>+%1 more</source>
        <translation>另有 %1 條</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/calendar_delegate.py" line="239"/>
        <source>Off</source>
        <comment>holiday badge, one character</comment>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/calendar_delegate.py" line="241"/>
        <source>Work</source>
        <comment>make-up working day badge, one character</comment>
        <translation>班</translation>
    </message>
</context>
<context>
    <name>PlannerCampaignDialog</name>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="14"/>
        <source>Campaign</source>
        <translation>專題活動</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="24"/>
        <source>&amp;Campaign</source>
        <translation>專題活動(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="32"/>
        <source>&amp;Chinese name:</source>
        <translation>中文名稱(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="49"/>
        <source>&amp;English name:</source>
        <translation>英文名稱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="66"/>
        <source>&amp;From:</source>
        <translation>起止(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="88"/>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="123"/>
        <source>St&amp;atus:</source>
        <translation>狀態(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="136"/>
        <source>Co&amp;lour:</source>
        <translation>顏色(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="153"/>
        <source>C&amp;hannels:</source>
        <translation>管道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="175"/>
        <source>&amp;KPI targets (0 = none)</source>
        <translation>KPI 目標（0 = 無）(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="184"/>
        <source>&amp;Objectives and messages</source>
        <translation>目標與核心資訊(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="190"/>
        <source>&amp;Objectives:</source>
        <translation>目標(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="203"/>
        <source>Key messages (&amp;Chinese):</source>
        <translation>核心資訊（中文）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="216"/>
        <source>Key messages (&amp;English):</source>
        <translation>核心資訊（英文）(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>PlannerChannelsDialog</name>
    <message>
        <location filename="../../ui/planner_channels.ui" line="14"/>
        <source>Channels</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../ui/planner_channels.ui" line="23"/>
        <source>Where content is published, and the time zone its audience reads it in.</source>
        <translation>內容在哪裡發布，以及該管道受眾所在的時區。</translation>
    </message>
    <message>
        <location filename="../../ui/planner_channels.ui" line="39"/>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_channels.ui" line="46"/>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_channels.ui" line="53"/>
        <source>Add &amp;standard channels</source>
        <translation>新增常用管道(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PlannerCommands</name>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="105"/>
        <source>Item added to the plan.</source>
        <translation>內容已加入計畫。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="119"/>
        <source>Item saved.</source>
        <translation>內容已儲存。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="155"/>
        <source>A scheduled item cannot lose its date; move it instead.</source>
        <translation>已排期的內容不能取消日期；請改為調整日期。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="197"/>
        <source>Moved “%1” to %2; its open deadlines moved with it.</source>
        <translation>已將“%1”移到 %2，未完成環節的截止時間隨之調整。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="215"/>
        <source>%n item(s) follow their linked document&apos;s status.</source>
        <translation>%n 條內容的狀態跟隨所關聯的文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="229"/>
        <source>Delete item</source>
        <translation>刪除內容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="229"/>
        <source>Delete “%1”?</source>
        <translation>刪除“%1”？</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="239"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="240"/>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="282"/>
        <source>Delete series</source>
        <translation>刪除系列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="283"/>
        <source>Delete the series “%1”? It has %n item(s).</source>
        <translation>刪除系列“%1”？其中有 %n 條內容。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="287"/>
        <location filename="../../workbench/gui/planner/commands.py" line="369"/>
        <source>Delete it and its items</source>
        <translation>連同內容一起刪除</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="288"/>
        <location filename="../../workbench/gui/planner/commands.py" line="370"/>
        <source>Delete it, keep the items</source>
        <translation>刪除系列，保留內容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="319"/>
        <source>Planned the series “%1”: one item per solar term of %2.</source>
        <translation>已規劃系列“%1”：%2 年每個節氣一條內容。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="364"/>
        <source>Delete campaign</source>
        <translation>刪除專題活動</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="365"/>
        <source>Delete the campaign “%1”? It has %n item(s).</source>
        <translation>刪除專題活動“%1”？其中有 %n 條內容。</translation>
    </message>
</context>
<context>
    <name>PlannerController</name>
    <message>
        <location filename="../../workbench/gui/planner/controller.py" line="50"/>
        <source>P&amp;lan</source>
        <translation>計畫(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/controller.py" line="52"/>
        <source>&amp;Planner…</source>
        <translation>內容計畫(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/controller.py" line="53"/>
        <source>New &amp;solar-term series…</source>
        <translation>新增節氣系列(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/controller.py" line="54"/>
        <source>New &amp;campaign…</source>
        <translation>新增專題活動(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/controller.py" line="55"/>
        <source>Team &amp;workload…</source>
        <translation>團隊工作量(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/controller.py" line="56"/>
        <source>Send the plan to &amp;Outlook (.ics)…</source>
        <translation>將計畫傳送到 Outlook（.ics）(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/controller.py" line="57"/>
        <source>&amp;Import plan…</source>
        <translation>匯入計畫(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>PlannerExchange</name>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="97"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 檔案 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="98"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="99"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="101"/>
        <source>Export the plan</source>
        <translation>匯出計畫</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="120"/>
        <source>Exported %n entries to %1</source>
        <translation>已匯出 %n 項到 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="129"/>
        <source>Import a plan</source>
        <translation>匯入計畫</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="129"/>
        <source>Plans (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>計畫表 (*.xlsx *.csv *.tsv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="163"/>
        <source>%n item(s) would be imported.</source>
        <translation>將匯入 %n 條內容。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="165"/>
        <source>%n item(s) imported.</source>
        <translation>已匯入 %n 條內容。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="174"/>
        <source>New: %1.</source>
        <translation>新增：%1。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="184"/>
        <source>Export the report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="184"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="191"/>
        <source>Cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="194"/>
        <source>Report saved to %1</source>
        <translation>報告已儲存到 %1</translation>
    </message>
</context>
<context>
    <name>PlannerImport</name>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="28"/>
        <source>Chinese title</source>
        <translation>中文標題</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="29"/>
        <source>English title</source>
        <translation>英文標題</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="30"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="31"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="32"/>
        <source>Campaign</source>
        <translation>專題活動</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="33"/>
        <source>Channels</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="34"/>
        <source>Publish date</source>
        <translation>發布日期</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="35"/>
        <source>Publish time</source>
        <translation>發布時間</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="36"/>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="37"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="38"/>
        <source>Document ID</source>
        <translation>文件 ID</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="39"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="42"/>
        <source>%1 deadline</source>
        <translation>%1截止</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="43"/>
        <source>%1 assignee</source>
        <translation>%1負責人</translation>
    </message>
</context>
<context>
    <name>PlannerImportDialog</name>
    <message>
        <location filename="../../ui/planner_import.ui" line="14"/>
        <source>Import plan</source>
        <translation>匯入計畫</translation>
    </message>
    <message>
        <location filename="../../ui/planner_import.ui" line="33"/>
        <source>Which column holds what: the choices are guessed from the headers; check them.</source>
        <translation>各列分別對應哪個欄位：已根據表頭推測，請核對。</translation>
    </message>
    <message>
        <location filename="../../ui/planner_import.ui" line="43"/>
        <source>Preview (first rows):</source>
        <translation>預覽（前幾行）：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_import.ui" line="59"/>
        <source>&amp;Create series, campaigns, channels and people that do not exist yet</source>
        <translation>自動建立尚不存在的系列、專題活動、管道和人員(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_import.ui" line="82"/>
        <source>C&amp;heck without importing</source>
        <translation>只檢查不匯入(&amp;H)</translation>
    </message>
</context>
<context>
    <name>PlannerItemDialog</name>
    <message>
        <location filename="../../ui/planner_item.ui" line="14"/>
        <source>Content item</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="24"/>
        <source>&amp;General</source>
        <translation>基本資訊(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="30"/>
        <source>&amp;Chinese title:</source>
        <translation>中文標題(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="47"/>
        <source>&amp;English title:</source>
        <translation>英文標題(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="64"/>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="77"/>
        <source>&amp;Series:</source>
        <translation>系列(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="90"/>
        <source>Ca&amp;mpaign:</source>
        <translation>專題活動(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="103"/>
        <source>C&amp;hannels:</source>
        <translation>管道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="123"/>
        <source>&amp;Publish:</source>
        <translation>發布(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="148"/>
        <source>&amp;in</source>
        <translation>時區(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="180"/>
        <source>St&amp;atus:</source>
        <translation>狀態(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="193"/>
        <source>&amp;Document:</source>
        <translation>文件(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="206"/>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="227"/>
        <source>&amp;Stages</source>
        <translation>環節(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="236"/>
        <source>Deadlines are in Beijing time. A stage&apos;s bar on the timeline runs from the previous stage&apos;s deadline to its own.</source>
        <translation>截止時間均為北京時間。時間軸上每個環節的色條從上一環節的截止時間畫到本環節的截止時間。</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="248"/>
        <source>Set deadlines &amp;before publication</source>
        <translation>按發布日期倒排截止時間(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="271"/>
        <source>&amp;Results</source>
        <translation>傳播效果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="280"/>
        <source>Measured after publication; “—” means not measured yet.</source>
        <translation>發布後統計；“—”表示尚未統計。</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="289"/>
        <source>&amp;Views:</source>
        <translation>瀏覽量(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="305"/>
        <location filename="../../ui/planner_item.ui" line="334"/>
        <location filename="../../ui/planner_item.ui" line="363"/>
        <location filename="../../ui/planner_item.ui" line="392"/>
        <location filename="../../ui/planner_item.ui" line="421"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="318"/>
        <source>&amp;Likes:</source>
        <translation>按讚(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="347"/>
        <source>S&amp;hares:</source>
        <translation>分享(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="376"/>
        <source>C&amp;omments:</source>
        <translation>評論(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="405"/>
        <source>&amp;Followers gained:</source>
        <translation>新增粉絲(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>PlannerItems</name>
    <message>
        <location filename="../../workbench/gui/planner/items.py" line="48"/>
        <source>(untitled)</source>
        <translation>（無標題）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/items.py" line="92"/>
        <source>Not scheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/items.py" line="94"/>
        <source>%1 Beijing time</source>
        <translation>北京時間 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/items.py" line="100"/>
        <source>(%1 %2 in %3)</source>
        <translation>（%3 當地 %1 %2）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/items.py" line="113"/>
        <source>Publishes %1</source>
        <translation>發布：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/items.py" line="115"/>
        <source>The calendar shows every item on its Beijing-time day.</source>
        <translation>日曆按北京時間的日期顯示每條內容。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/items.py" line="132"/>
        <location filename="../../workbench/gui/planner/items.py" line="143"/>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/items.py" line="145"/>
        <source>%1 of “%2” due %3 Beijing time — %4</source>
        <translation>“%2”的%1截止：北京時間 %3 — %4</translation>
    </message>
</context>
<context>
    <name>PlannerLabels</name>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="26"/>
        <source>Idea</source>
        <translation>選題</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="27"/>
        <location filename="../../workbench/gui/planner/labels.py" line="76"/>
        <source>Planned</source>
        <translation>已計畫</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="28"/>
        <source>Drafting</source>
        <translation>撰稿中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="29"/>
        <source>Translating</source>
        <translation>翻譯中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="30"/>
        <source>In review</source>
        <translation>審校中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="31"/>
        <source>Approved</source>
        <translation>已審定</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="32"/>
        <source>Published</source>
        <translation>已發布</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="33"/>
        <location filename="../../workbench/gui/planner/labels.py" line="79"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="36"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="37"/>
        <source>Video</source>
        <translation>影片</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="38"/>
        <source>Photo story</source>
        <translation>圖片故事</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="39"/>
        <source>Interview</source>
        <translation>訪談</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="40"/>
        <source>Social media post</source>
        <translation>社交媒體貼文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="41"/>
        <source>Print feature</source>
        <translation>紙刊專稿</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="44"/>
        <source>Draft</source>
        <translation>初稿</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="45"/>
        <source>Translation</source>
        <translation>翻譯</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="46"/>
        <source>Review</source>
        <translation>審校</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="47"/>
        <source>Approval</source>
        <translation>審定</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="48"/>
        <source>Publication</source>
        <translation>發布</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="52"/>
        <source>D</source>
        <translation>初</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="53"/>
        <source>T</source>
        <translation>譯</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="54"/>
        <source>R</source>
        <translation>審</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="55"/>
        <source>A</source>
        <translation>定</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="56"/>
        <source>P</source>
        <translation>發</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="59"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="60"/>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="61"/>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="62"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="63"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="64"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="65"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="66"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="67"/>
        <source>Print</source>
        <translation>紙刊</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="68"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="71"/>
        <source>Active</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="72"/>
        <source>Paused</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="73"/>
        <source>Ended</source>
        <translation>已結束</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="77"/>
        <source>Running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="78"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="83"/>
        <source>Views</source>
        <translation>瀏覽量</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="84"/>
        <source>Likes</source>
        <translation>按讚</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="85"/>
        <source>Shares</source>
        <translation>分享</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="86"/>
        <source>Comments</source>
        <translation>評論</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="87"/>
        <source>Followers gained</source>
        <translation>新增粉絲</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="90"/>
        <source>translator</source>
        <translation>譯員</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="91"/>
        <source>editor</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="92"/>
        <source>reviewer</source>
        <translation>審校</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="93"/>
        <source>designer</source>
        <translation>設計</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="94"/>
        <source>lead</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="97"/>
        <source>Keep deadlines on holidays and weekends</source>
        <translation>節假日和週末的截止時間保持不變</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="98"/>
        <source>Move such deadlines to the working day before</source>
        <translation>此類截止時間提前到前一個工作日</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="101"/>
        <source>Move such deadlines to the working day after</source>
        <translation>此類截止時間順延到後一個工作日</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="104"/>
        <source>Leave out items with such deadlines</source>
        <translation>跳過截止時間落在節假日的內容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="107"/>
        <source>Solar term</source>
        <translation>節氣</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="108"/>
        <source>Festival</source>
        <translation>節日</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="109"/>
        <source>Public holiday</source>
        <translation>法定假日</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="110"/>
        <source>Make-up working day</source>
        <translation>補班日</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="111"/>
        <source>Observance</source>
        <translation>紀念日</translation>
    </message>
</context>
<context>
    <name>PlannerLoading</name>
    <message>
        <location filename="../../workbench/gui/planner/loading.py" line="39"/>
        <source>%n item(s) this month. Drag an item to another day to move it (its stage deadlines move with it); double-click an item to open it, an empty day to plan one. Days and times are Beijing time.</source>
        <translation>本月 %n 條內容。把內容拖到另一天即可改期（各環節截止時間隨之調整）；雙擊內容開啟，雙擊空白日期新增。日期和時間均為北京時間。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/loading.py" line="58"/>
        <source>%n item(s) this week. Times are Beijing time.</source>
        <translation>本週 %n 條內容。時間均為北京時間。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/loading.py" line="76"/>
        <source>Each stage runs from the previous stage&apos;s deadline to its own; ◆ is the publication. Choose a campaign in the filter to see its whole span.</source>
        <translation>每個環節從上一環節的截止時間延續到本環節的截止時間；◆ 表示發布。在篩選中選擇專題活動可檢視其完整週期。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/loading.py" line="93"/>
        <source>Drag a card to another column to change its status.</source>
        <translation>把卡片拖到另一列即可更改狀態。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/loading.py" line="101"/>
        <source>%n item(s). Double-click one to open it.</source>
        <translation>共 %n 條內容。雙擊開啟。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/loading.py" line="111"/>
        <source>Planned hours are the effort of the open stages due in each ISO week; work already late counts in the current week.</source>
        <translation>計畫工時為每個 ISO 週內到期、尚未完成的環節工時之和；已逾期的工作計入本週。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/loading.py" line="121"/>
        <source>Results are summed over the campaign&apos;s items (item ▸ Results tab).</source>
        <translation>效果資料為該專題活動所有內容之和（內容 ▸ 傳播效果）。</translation>
    </message>
</context>
<context>
    <name>PlannerObservancesDialog</name>
    <message>
        <location filename="../../ui/planner_observances.ui" line="14"/>
        <source>Observances</source>
        <translation>紀念日</translation>
    </message>
    <message>
        <location filename="../../ui/planner_observances.ui" line="23"/>
        <source>Days the team marks on its calendar: international days, anniversaries. Leave the year empty for a day that comes back every year.</source>
        <translation>團隊在日曆上標註的日子：國際日、週年紀念等。每年都有的日子請將年份留空。</translation>
    </message>
    <message>
        <location filename="../../ui/planner_observances.ui" line="39"/>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_observances.ui" line="46"/>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PlannerPeopleDialog</name>
    <message>
        <location filename="../../ui/planner_people.ui" line="14"/>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../ui/planner_people.ui" line="23"/>
        <source>The team: roles (comma-separated: translator, editor, reviewer, designer, lead), the hours each can give to planned work in a week, and an e-mail address for calendar invitations.</source>
        <translation>團隊成員：角色（以逗號分隔：translator 譯員、editor 編輯、reviewer 審校、designer 設計、lead 負責人）、每週可投入計畫工作的小時數，以及接收日曆邀請的電子郵件地址。</translation>
    </message>
    <message>
        <location filename="../../ui/planner_people.ui" line="39"/>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_people.ui" line="46"/>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PlannerReport</name>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="97"/>
        <source>Choose a campaign to see its results.</source>
        <translation>選擇一個專題活動以檢視其效果。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="106"/>
        <source>%1 · %2 item(s), %3 published</source>
        <translation>%1 · %2 條內容，已發布 %3 條</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="107"/>
        <source>no dates</source>
        <translation>未定日期</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="117"/>
        <source>No KPI targets and no results yet: set targets in the campaign, record results in its items.</source>
        <translation>尚無 KPI 目標和效果資料：請在專題活動中設定目標，在各條內容中記錄效果。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="154"/>
        <source>%1 of %2 target (%3%)</source>
        <translation>%1 / 目標 %2（%3%）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="160"/>
        <source>%1 (no target)</source>
        <translation>%1（無目標）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="175"/>
        <source>target; bars: results summed over the campaign&apos;s items</source>
        <translation>目標；色條：該專題活動各內容效果之和</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="223"/>
        <source>&amp;Campaign:</source>
        <translation>專題活動(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="224"/>
        <source>Export &amp;PNG…</source>
        <translation>匯出 PNG(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>PlannerSeriesDialog</name>
    <message>
        <location filename="../../ui/planner_series.ui" line="14"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../ui/planner_series.ui" line="22"/>
        <source>&amp;Chinese name:</source>
        <translation>中文名稱(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_series.ui" line="39"/>
        <source>&amp;English name:</source>
        <translation>英文名稱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_series.ui" line="56"/>
        <source>&amp;Description:</source>
        <translation>說明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_series.ui" line="76"/>
        <source>Co&amp;lour:</source>
        <translation>顏色(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_series.ui" line="93"/>
        <source>St&amp;atus:</source>
        <translation>狀態(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_series.ui" line="106"/>
        <source>C&amp;hannels:</source>
        <translation>管道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_series.ui" line="128"/>
        <source>Default &amp;team (who does each stage)</source>
        <translation>預設團隊（各環節負責人）(&amp;T)</translation>
    </message>
</context>
<context>
    <name>PlannerSolarSeriesDialog</name>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="14"/>
        <source>New solar-term series</source>
        <translation>新增節氣系列</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="22"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="45"/>
        <source>&amp;Chinese name:</source>
        <translation>中文名稱(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="58"/>
        <source>&amp;English name:</source>
        <translation>英文名稱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="71"/>
        <source>&amp;Publish at (Beijing):</source>
        <translation>發布時間（北京）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="88"/>
        <source>&amp;Type:</source>
        <translation>類型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="101"/>
        <source>&amp;Holidays:</source>
        <translation>節假日(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="114"/>
        <source>Co&amp;lour:</source>
        <translation>顏色(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="131"/>
        <source>C&amp;hannels:</source>
        <translation>管道(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="153"/>
        <source>Stages: days before publication and who does them</source>
        <translation>環節：提前天數與負責人</translation>
    </message>
</context>
<context>
    <name>PlannerTimeline</name>
    <message>
        <location filename="../../workbench/gui/planner/timeline_view.py" line="142"/>
        <location filename="../../workbench/gui/planner/timeline_view.py" line="181"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/timeline_view.py" line="153"/>
        <source>No items in this period.</source>
        <translation>此期間沒有內容。</translation>
    </message>
</context>
<context>
    <name>PlannerWindow</name>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="187"/>
        <source>Filter by title, series, campaign, channel, assignee…</source>
        <translation>按標題、系列、專題活動、管道、負責人篩選…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="226"/>
        <source>Previous (Page Up)</source>
        <translation>上一頁（Page Up）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="227"/>
        <source>Next (Page Down)</source>
        <translation>下一頁（Page Down）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="232"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="233"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="234"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="244"/>
        <source>&amp;Plan</source>
        <translation>計畫(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="245"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="246"/>
        <source>&amp;Export / import</source>
        <translation>匯出/匯入(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="249"/>
        <source>New content &amp;item…</source>
        <translation>新增內容(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="250"/>
        <source>New &amp;series…</source>
        <translation>新增系列(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="251"/>
        <source>New s&amp;olar-term series…</source>
        <translation>新增節氣系列(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="252"/>
        <source>New &amp;campaign…</source>
        <translation>新增專題活動(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="253"/>
        <source>Edit the filtered series…</source>
        <translation>編輯篩選中的系列…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="254"/>
        <source>Delete the filtered series…</source>
        <translation>刪除篩選中的系列…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="255"/>
        <source>Edit the filtered campaign…</source>
        <translation>編輯篩選中的專題活動…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="256"/>
        <source>Delete the filtered campaign…</source>
        <translation>刪除篩選中的專題活動…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="257"/>
        <source>&amp;People…</source>
        <translation>人員(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="258"/>
        <source>C&amp;hannels…</source>
        <translation>管道(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="259"/>
        <source>&amp;Observances…</source>
        <translation>紀念日(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="260"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="261"/>
        <source>Re&amp;fresh</source>
        <translation>重新整理(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="262"/>
        <source>iCalendar (.ics) for Outlook…</source>
        <translation>iCalendar（.ics，用於 Outlook）…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="263"/>
        <source>iCalendar with stage deadlines…</source>
        <translation>iCalendar（含各環節截止時間）…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="264"/>
        <source>&amp;Excel workbook…</source>
        <translation>Excel 工作簿(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="265"/>
        <source>&amp;CSV…</source>
        <translation>CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="266"/>
        <source>&amp;Import plan…</source>
        <translation>匯入計畫(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="310"/>
        <location filename="../../ui/planner_window.ui" line="14"/>
        <location filename="../../ui/planner_window.ui" line="356"/>
        <source>Planner</source>
        <translation>內容計畫</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="338"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="412"/>
        <source>Week %1: %2 – %3, %4</source>
        <translation>%4 年第 %1 週：%2 – %3</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="30"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="67"/>
        <source>S&amp;how:</source>
        <translation>顯示(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="80"/>
        <source>Stage &amp;deadlines</source>
        <translation>環節截止(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="86"/>
        <source>Show each stage&apos;s deadline as a small marker on its day</source>
        <translation>在截止日期上以小標記顯示各環節的截止時間</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="97"/>
        <source>&amp;Series:</source>
        <translation>系列(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="114"/>
        <source>Ca&amp;mpaign:</source>
        <translation>專題活動(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="131"/>
        <source>C&amp;hannel:</source>
        <translation>管道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="148"/>
        <source>&amp;Person:</source>
        <translation>人員(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="165"/>
        <source>St&amp;atus:</source>
        <translation>狀態(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="185"/>
        <source>Clear the filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="211"/>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="230"/>
        <source>&amp;Week</source>
        <translation>週(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="249"/>
        <source>T&amp;imeline</source>
        <translation>時間軸(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="268"/>
        <source>&amp;Kanban</source>
        <translation>看板(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="287"/>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="306"/>
        <source>W&amp;orkload</source>
        <translation>工作量(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="325"/>
        <source>&amp;Report</source>
        <translation>報告(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="63"/>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="70"/>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="71"/>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="72"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="94"/>
        <source>QA profiles</source>
        <translation>檢查設定檔</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="95"/>
        <source>User dictionary</source>
        <translation>使用者字典</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="14"/>
        <source>Preferences</source>
        <translation>首選項</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="20"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="27"/>
        <source>Your name (recorded in history):</source>
        <translation>您的姓名（記錄在歷史中）：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="40"/>
        <source>Interface language:</source>
        <translation>介面語言：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="53"/>
        <source>Theme:</source>
        <translation>主題：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="66"/>
        <source>Chinese font:</source>
        <translation>中文字型：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="79"/>
        <source>English font:</source>
        <translation>英文字型：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="92"/>
        <source>Font size:</source>
        <translation>字號：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="108"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="115"/>
        <source>Save unconfirmed typing every:</source>
        <translation>未確認內容自動儲存間隔：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="131"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="138"/>
        <source>Backups to keep:</source>
        <translation>保留備份份數：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="158"/>
        <source>Fill identical untranslated segments when confirming (auto-propagation)</source>
        <translation>確認時自動填充相同的未翻譯句段（自動傳播）</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="165"/>
        <source>Pre-fill 100 % and context matches from the translation memory when a document opens</source>
        <translation>開啟文件時以翻譯記憶庫中的 100% 匹配和語境匹配預填譯文</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="174"/>
        <source>A new interface language is used after a restart.</source>
        <translation>新的介面語言將在重啟後生效。</translation>
    </message>
</context>
<context>
    <name>PublicationDialog</name>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="68"/>
        <source>New publication</source>
        <translation>新增刊物</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="68"/>
        <location filename="../../ui/publication_dialog.ui" line="14"/>
        <source>Publication properties</source>
        <translation>刊物屬性</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="98"/>
        <source>As in the template</source>
        <translation>沿用範本</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="153"/>
        <source>Choose a reference template</source>
        <translation>選擇參考範本</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="155"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word 文件和範本 (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="162"/>
        <location filename="../../ui/publication_dialog.ui" line="278"/>
        <source>&amp;Inside:</source>
        <translation>內側(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="163"/>
        <location filename="../../ui/publication_dialog.ui" line="304"/>
        <source>O&amp;utside:</source>
        <translation>外側(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="165"/>
        <source>&amp;Left:</source>
        <translation>左(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="166"/>
        <source>&amp;Right:</source>
        <translation>右(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="21"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="27"/>
        <source>&amp;Chinese name:</source>
        <translation>中文刊名(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="44"/>
        <source>&amp;English name:</source>
        <translation>英文刊名(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="61"/>
        <source>&amp;Description:</source>
        <translation>說明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="79"/>
        <source>Page</source>
        <translation>頁面</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="87"/>
        <source>T&amp;rim size:</source>
        <translation>開本(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="100"/>
        <source>Custom si&amp;ze:</source>
        <translation>自訂尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="180"/>
        <source>Tem&amp;plate:</source>
        <translation>範本(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="208"/>
        <source>Bro&amp;wse…</source>
        <translation>瀏覽(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="220"/>
        <source>Margins</source>
        <translation>頁邊距</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="226"/>
        <source>&amp;Top:</source>
        <translation>上(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="252"/>
        <source>&amp;Bottom:</source>
        <translation>下(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="330"/>
        <source>&amp;Gutter:</source>
        <translation>裝訂線(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="356"/>
        <source>&amp;Header distance:</source>
        <translation>頁首距邊界(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="382"/>
        <source>&amp;Footer distance:</source>
        <translation>頁尾距邊界(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="408"/>
        <source>&amp;Mirror margins (facing pages: inside at the spine)</source>
        <translation>對稱頁邊距(&amp;M)（對開頁：內側靠書脊）</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="432"/>
        <source>Fonts</source>
        <translation>字型</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="438"/>
        <source>Empty fields keep the fonts of the template&apos;s styles.</source>
        <translation>留空則沿用範本樣式中的字型。</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="448"/>
        <source>Chinese &amp;body text:</source>
        <translation>中文內文(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="465"/>
        <source>Chinese &amp;headings:</source>
        <translation>中文標題(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="482"/>
        <source>English b&amp;ody text:</source>
        <translation>英文內文(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="499"/>
        <source>English h&amp;eadings:</source>
        <translation>英文標題(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="102"/>
        <source>&amp;Publish</source>
        <translation>出版(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="113"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 · %4 · %n article(s) in %5 section(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 · %4 · %5 個欄目，共 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="136"/>
        <source>Render the DOCX with LibreOffice into a PDF proof</source>
        <translation>用 LibreOffice 將 DOCX 轉成 PDF 校樣</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="141"/>
        <source>PDF proofs need LibreOffice, which was not found on this computer</source>
        <translation>產生 PDF 校樣需要 LibreOffice，但本機未找到</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="147"/>
        <source>This issue has no articles yet: add some in Issue assembly.</source>
        <translation>本期還沒有文章：請先在「期刊編排」中新增。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="160"/>
        <source>Save the issue as</source>
        <translation>將本期儲存為</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="162"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="202"/>
        <source>Choose where to save the issue.</source>
        <translation>請選擇本期的儲存位置。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="207"/>
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="237"/>
        <source>Publishing %1…</source>
        <translation>正在產生 %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="259"/>
        <source>Issue published</source>
        <translation>本期已產生</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="261"/>
        <source>Saved %1: %2 article(s), %3 paragraph(s).</source>
        <translation>已儲存 %1：%2 篇文章，%3 個段落。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="267"/>
        <source>PDF proof: %1</source>
        <translation>PDF 校樣：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="272"/>
        <source>%1 warning(s): see the details.</source>
        <translation>%1 則警告：請查看詳細資訊。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="275"/>
        <source>Open &amp;DOCX</source>
        <translation>開啟 DOCX(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="279"/>
        <source>Open &amp;PDF</source>
        <translation>開啟 PDF(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.ui" line="14"/>
        <source>Publish issue</source>
        <translation>出版本期</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.ui" line="32"/>
        <source>&amp;Layout:</source>
        <translation>版式(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.ui" line="45"/>
        <source>&amp;Script edition:</source>
        <translation>文字版本(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.ui" line="58"/>
        <source>Use corner &amp;quotes 「」 instead of “”</source>
        <translation>使用直角引號「」代替“”(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.ui" line="65"/>
        <source>&amp;Normalise punctuation (full-width in Chinese, half-width in English)</source>
        <translation>規範標點(&amp;N)（中文用全形，英文用半形）</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.ui" line="72"/>
        <source>Table of &amp;contents</source>
        <translation>目錄(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.ui" line="79"/>
        <source>Save &amp;as:</source>
        <translation>儲存為(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.ui" line="107"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.ui" line="117"/>
        <source>Also make a PDF pr&amp;oof</source>
        <translation>同時產生 PDF 校樣(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PublishingController</name>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="72"/>
        <source>&amp;Publishing</source>
        <translation>出版(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="74"/>
        <source>Issue &amp;assembly…</source>
        <translation>期刊編排(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="75"/>
        <source>&amp;Publish issue…</source>
        <translation>出版本期(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="76"/>
        <source>&amp;Export review document…</source>
        <translation>匯出審校文件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="77"/>
        <source>&amp;Import review document…</source>
        <translation>匯入審校文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="94"/>
        <source>Import a review document</source>
        <translation>匯入審校文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="96"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="148"/>
        <source>Choose the issue to publish, then Issue ▸ Publish issue…</source>
        <translation>請選擇要出版的一期，然後按「期 ▸ 出版本期…」</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="170"/>
        <source>Issue saved to %1</source>
        <translation>本期已儲存到 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="207"/>
        <source>Open in issue assembly</source>
        <translation>在期刊編排中開啟</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="208"/>
        <source>Publish issue…</source>
        <translation>出版本期…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="210"/>
        <source>Issue assembly…</source>
        <translation>期刊編排…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="223"/>
        <source>Open the document to export for review first.</source>
        <translation>請先開啟要匯出審校的文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="266"/>
        <source>Review document saved to %1</source>
        <translation>審校文件已儲存到 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="269"/>
        <source>Review document exported</source>
        <translation>審校文件已匯出</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="270"/>
        <source>Saved %1. Send it to the reviewer; import it when it comes back.</source>
        <translation>已儲存 %1。請寄給審校人員，寄回後再匯入。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="276"/>
        <source>Open &amp;DOCX</source>
        <translation>開啟 DOCX(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="283"/>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="311"/>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/publishing/controller.py" line="339"/>
        <source>Review imported: %n segment(s) updated.</source>
        <translation>
            <numerusform>審校結果已匯入：更新了 %n 個句段。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishingLabels</name>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="48"/>
        <source>Custom %1 × %2 mm</source>
        <translation>自訂 %1 × %2 公釐</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="78"/>
        <source>Default template</source>
        <translation>預設範本</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="80"/>
        <source>Default: %1</source>
        <translation>預設：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="108"/>
        <source>Interleaved, Chinese first</source>
        <translation>中英對照（逐段，中文在前）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="112"/>
        <source>Interleaved, English first</source>
        <translation>中英對照（逐段，英文在前）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="114"/>
        <source>Side by side (two columns)</source>
        <translation>左右對照（雙欄）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="118"/>
        <source>English only</source>
        <translation>僅英文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="119"/>
        <source>Chinese only</source>
        <translation>僅中文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="122"/>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="123"/>
        <source>Traditional Chinese (Hong Kong)</source>
        <translation>繁體（香港）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="124"/>
        <source>Traditional Chinese (Taiwan)</source>
        <translation>繁體（台灣）</translation>
    </message>
</context>
<context>
    <name>QAController</name>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="137"/>
        <source>Whole workspace</source>
        <translation>整個工作區</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="144"/>
        <source>Issue %1</source>
        <translation>第 %1 期</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="154"/>
        <source>Nothing to check.</source>
        <translation>沒有可檢查的內容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/qa/controller.py" line="185"/>
        <source>QA found %n open finding(s)</source>
        <translation>
            <numerusform>檢查發現 %n 個待處理問題</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="193"/>
        <source>QA run cancelled.</source>
        <translation>已取消檢查。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="199"/>
        <source>Checking %1…</source>
        <translation>正在檢查 %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="302"/>
        <source>That segment is hidden by the filter.</source>
        <translation>該句段被篩選條件隱藏了。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="323"/>
        <source>Run QA on this document first (F7).</source>
        <translation>請先對本文件執行檢查（F7）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="331"/>
        <source>No open QA findings in this document.</source>
        <translation>本文件沒有待處理的檢查問題。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="358"/>
        <source>Fix QA findings</source>
        <translation>修正檢查問題</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="369"/>
        <source>Fix all: %1</source>
        <translation>全部修正：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/qa/controller.py" line="388"/>
        <source>%n locked segment(s) left unchanged.</source>
        <translation>
            <numerusform>%n 個已鎖定句段未作修改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="390"/>
        <source>Nothing to fix: the segments changed since the check ran.</source>
        <translation>沒有可修正的內容：檢查之後句段已被修改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/qa/controller.py" line="392"/>
        <source>Fixed %n segment(s) (Ctrl+Z undoes).</source>
        <translation>
            <numerusform>已修正 %n 個句段（Ctrl+Z 可復原）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="405"/>
        <source>Ignore QA finding</source>
        <translation>忽略檢查問題</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="406"/>
        <source>Why is this not a problem? (The reason is kept with the finding.)</source>
        <translation>為什麼這不是問題？（理由將隨該問題一併儲存。）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="412"/>
        <source>Ignoring a finding needs a reason.</source>
        <translation>忽略問題時須填寫理由。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="463"/>
        <source>Added to the user dictionary: %1</source>
        <translation>已加入使用者字典：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="471"/>
        <source>HTML page (*.html)</source>
        <translation>HTML 網頁 (*.html)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="471"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="474"/>
        <source>Export QA report</source>
        <translation>匯出檢查報告</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="490"/>
        <source>QA report</source>
        <translation>檢查報告</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="510"/>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="513"/>
        <source>QA report saved to %1</source>
        <translation>檢查報告已儲存至 %1</translation>
    </message>
</context>
<context>
    <name>QAPanel</name>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="136"/>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="137"/>
        <source>Apply the suggested fix to the selected findings (Ctrl+Z undoes it)</source>
        <translation>對所選問題套用建議的修改（Ctrl+Z 可復原）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="142"/>
        <source>Fix all of this kind</source>
        <translation>全部修正此類問題</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="143"/>
        <source>Fix every open finding of the selected check in this document, in one step</source>
        <translation>一次修正本文件中所選檢查項目的全部待處理問題</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="149"/>
        <source>Ignore…</source>
        <translation>忽略…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="150"/>
        <source>Ignore the selected findings, giving a reason (kept until the text changes)</source>
        <translation>忽略所選問題並註明理由（文字變更前一直有效）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="155"/>
        <source>Un-ignore</source>
        <translation>取消忽略</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="156"/>
        <source>Show the selected ignored findings as open again</source>
        <translation>將所選的已忽略問題恢復為待處理</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="161"/>
        <source>Add to dictionary</source>
        <translation>加入字典</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="162"/>
        <source>Add the flagged words to the workspace&apos;s user dictionary</source>
        <translation>將標出的字詞加入本工作區的使用者字典</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="168"/>
        <source>Export report…</source>
        <translation>匯出報告…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="169"/>
        <source>Save the findings as an HTML page or an Excel workbook</source>
        <translation>將問題儲存為 HTML 網頁或 Excel 活頁簿</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="174"/>
        <source>Show ignored</source>
        <translation>顯示已忽略</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="175"/>
        <source>Show ignored findings too (greyed, with their reason)</source>
        <translation>同時顯示已忽略的問題（灰色，附理由）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="283"/>
        <source>%1 (%2 open, %3 ignored)</source>
        <translation>%1（%2 個待處理，%3 個已忽略）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="304"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="304"/>
        <source>Target</source>
        <translation>譯文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="337"/>
        <source>Ignored: %1</source>
        <translation>已忽略：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="345"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="346"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="347"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="353"/>
        <location filename="../../ui/qa_panel.ui" line="40"/>
        <source>Press F7 to check this document.</source>
        <translation>按 F7 檢查本文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="357"/>
        <source>%1 units checked: %2 errors, %3 warnings, %4 info</source>
        <translation>已檢查 %1 個句段：錯誤 %2，警告 %3，提示 %4</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="364"/>
        <source> · %1 ignored</source>
        <translation> · 已忽略 %1</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="16"/>
        <source>Run</source>
        <translation>檢查</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="17"/>
        <source>Run the checks (F7: this document)</source>
        <translation>執行檢查（F7：目前文件）</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="25"/>
        <source>QA profile: which checks run, and how severe each is (edit profiles in Preferences)</source>
        <translation>檢查設定檔：執行哪些檢查項目及其嚴重程度（在首選項中編輯）</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="54"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="55"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="56"/>
        <source>Side</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="58"/>
        <source>Message</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="57"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="59"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="60"/>
        <source>Ignored because</source>
        <translation>忽略理由</translation>
    </message>
</context>
<context>
    <name>QAProfilesPage</name>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="113"/>
        <source>Default (%1)</source>
        <translation>預設（%1）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="127"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="128"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="129"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="140"/>
        <source>%1 (built-in)</source>
        <translation>%1（內建）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="162"/>
        <source>New QA profile</source>
        <translation>新增檢查設定檔</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="162"/>
        <source>Name of the new profile:</source>
        <translation>新設定檔的名稱：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="204"/>
        <source>Reset built-in</source>
        <translation>還原內建設定</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="204"/>
        <location filename="../../ui/qa_profiles.ui" line="30"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="231"/>
        <source>Defaults: %1</source>
        <translation>預設值：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="267"/>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="268"/>
        <source>write a JSON object, e.g. {&quot;name&quot;: value}</source>
        <translation>請寫成 JSON 物件，例如 {&quot;name&quot;: value}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="269"/>
        <source>unknown option %1 (known: %2)</source>
        <translation>未知選項 %1（可用：%2）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="270"/>
        <source>%1 expects a value like %2</source>
        <translation>%1 的值應類似 %2</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="11"/>
        <source>Profiles:</source>
        <translation>設定檔：</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="24"/>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="25"/>
        <source>A new profile, starting as a copy of the selected one</source>
        <translation>以所選設定檔為副本新增設定檔</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="41"/>
        <source>Checks in this profile:</source>
        <translation>本設定檔的檢查項目：</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="53"/>
        <source>Check</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="54"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="55"/>
        <source>Options (JSON)</source>
        <translation>選項（JSON）</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="60"/>
        <source>Tick a check to run it. Options are JSON, e.g. {&quot;en_per_zh_max&quot;: 8}; an empty cell keeps the defaults.</source>
        <translation>勾選即執行該檢查項目。選項以 JSON 表示，例如 {&quot;en_per_zh_max&quot;: 8}；留空則使用預設值。</translation>
    </message>
</context>
<context>
    <name>ReviewExportDialog</name>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="68"/>
        <source>Document: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>文件：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="83"/>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="91"/>
        <source>Save the review document as</source>
        <translation>將審校文件儲存為</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="93"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/review_export.ui" line="14"/>
        <source>Export review document</source>
        <translation>匯出審校文件</translation>
    </message>
    <message>
        <location filename="../../ui/review_export.ui" line="30"/>
        <source>A Word table the reviewer edits and sends back; import it with Publishing ▸ Import review document.</source>
        <translation>審校人員在 Word 表格中修改後寄回；再透過「出版 ▸ 匯入審校文件」匯入。</translation>
    </message>
    <message>
        <location filename="../../ui/review_export.ui" line="40"/>
        <source>Segments to include</source>
        <translation>包含的句段</translation>
    </message>
    <message>
        <location filename="../../ui/review_export.ui" line="50"/>
        <source>Save &amp;as:</source>
        <translation>儲存為(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/review_export.ui" line="63"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>ReviewImportResultDialog</name>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="144"/>
        <source>%1 updated · %2 unchanged · %3 conflict(s) · %4 skipped row(s) · %5 locked</source>
        <translation>更新 %1 · 未變 %2 · 衝突 %3 · 略過 %4 列 · 鎖定 %5</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="155"/>
        <source>Tracked changes were accepted (%1 change(s)).</source>
        <translation>已接受追蹤修訂（%1 處修改）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="157"/>
        <source>Tracked changes were rejected (%1 change(s) ignored).</source>
        <translation>已拒絕追蹤修訂（忽略 %1 處修改）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="161"/>
        <source>%1 Word comment(s) went into segment notes.</source>
        <translation>%1 則 Word 註解已寫入句段備註。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="167"/>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="173"/>
        <location filename="../../ui/review_import_result.ui" line="60"/>
        <location filename="../../ui/review_import_result.ui" line="88"/>
        <location filename="../../ui/review_import_result.ui" line="116"/>
        <source>Segment</source>
        <translation>句段</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="167"/>
        <source>Target now</source>
        <translation>現在的譯文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="174"/>
        <source>Exported</source>
        <translation>匯出時</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="175"/>
        <source>Workspace now</source>
        <translation>工作區現況</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="176"/>
        <source>Reviewer</source>
        <translation>審校人員的修改</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="190"/>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="190"/>
        <source>Segment ID</source>
        <translation>句段編號</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="190"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="190"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="203"/>
        <location filename="../../ui/review_import_result.ui" line="41"/>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="203"/>
        <location filename="../../ui/review_import_result.ui" line="69"/>
        <source>Conflicts</source>
        <translation>衝突</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="203"/>
        <location filename="../../ui/review_import_result.ui" line="97"/>
        <source>Skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="203"/>
        <location filename="../../ui/review_import_result.ui" line="125"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/review_import_result.ui" line="14"/>
        <source>Review document imported</source>
        <translation>審校文件已匯入</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <location filename="../../workbench/gui/publishing/dialogs.py" line="75"/>
        <source>New section</source>
        <translation>新增欄目</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/dialogs.py" line="77"/>
        <source>Rename section</source>
        <translation>重新命名欄目</translation>
    </message>
    <message>
        <location filename="../../ui/section_dialog.ui" line="14"/>
        <source>Section</source>
        <translation>欄目</translation>
    </message>
    <message>
        <location filename="../../ui/section_dialog.ui" line="22"/>
        <source>&amp;Chinese title:</source>
        <translation>中文標題(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/section_dialog.ui" line="39"/>
        <source>&amp;English title:</source>
        <translation>英文標題(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/section_dialog.ui" line="58"/>
        <source>Section titles appear in the running headers of their pages.</source>
        <translation>欄目標題會出現在所在頁的頁首中。</translation>
    </message>
</context>
<context>
    <name>SegmentFilterBar</name>
    <message>
        <location filename="../../workbench/gui/editor/filter_bar.py" line="27"/>
        <source>All segments</source>
        <translation>全部句段</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/filter_bar.py" line="28"/>
        <source>Unconfirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/filter_bar.py" line="65"/>
        <source>Show only segments with open QA findings</source>
        <translation>只顯示有待處理檢查問題的句段</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/filter_bar.py" line="67"/>
        <source>Run QA on this document (F7) to filter by its findings</source>
        <translation>對本文件執行檢查（F7）後即可依問題篩選</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/editor/filter_bar.py" line="79"/>
        <source>%n segment(s) shown</source>
        <translation>
            <numerusform>顯示 %n 個句段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/segment_filter.ui" line="13"/>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <location filename="../../ui/segment_filter.ui" line="22"/>
        <source>Text in source or target…</source>
        <translation>原文或譯文中的文字…</translation>
    </message>
    <message>
        <location filename="../../ui/segment_filter.ui" line="28"/>
        <source>With notes</source>
        <translation>有備註</translation>
    </message>
    <message>
        <location filename="../../ui/segment_filter.ui" line="33"/>
        <source>With QA findings</source>
        <translation>有檢查問題</translation>
    </message>
    <message>
        <source>Available once the QA checks are in place (QA issue).</source>
        <translation type="vanished">質量檢查功能上線後可用。</translation>
    </message>
</context>
<context>
    <name>SegmentHistoryDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs/history.py" line="101"/>
        <source>Segment %1: %2 changes</source>
        <translation>句段 %1：%2 次修改</translation>
    </message>
    <message>
        <location filename="../../ui/segment_history.ui" line="14"/>
        <source>Segment history</source>
        <translation>句段歷史</translation>
    </message>
    <message>
        <location filename="../../ui/segment_history.ui" line="50"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../ui/segment_history.ui" line="55"/>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../ui/segment_history.ui" line="60"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../ui/segment_history.ui" line="65"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <location filename="../../workbench/gui/editor/segment_model.py" line="34"/>
        <source>#</source>
        <translation>序號</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/segment_model.py" line="35"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/segment_model.py" line="36"/>
        <source>Target</source>
        <translation>譯文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/segment_model.py" line="37"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/segment_model.py" line="40"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/segment_model.py" line="41"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>SegmentStatus</name>
    <message>
        <location filename="../../workbench/gui/editor/status.py" line="12"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/status.py" line="13"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/status.py" line="14"/>
        <source>Translated</source>
        <translation>已翻譯</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/status.py" line="15"/>
        <source>Reviewed</source>
        <translation>已審校</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/status.py" line="16"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/status.py" line="17"/>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="85"/>
        <source>New series</source>
        <translation>新增系列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="85"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts.ui" line="14"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.ui" line="20"/>
        <source>Everything in the editor can be done from the keyboard.</source>
        <translation>編輯器中的所有操作都可以用鍵盤完成。</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.ui" line="43"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.ui" line="48"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>SolarSeriesDialog</name>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="196"/>
        <source>New solar-term series</source>
        <translation>新增節氣系列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="206"/>
        <source>Stage</source>
        <translation>環節</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="206"/>
        <source>Days before</source>
        <translation>提前天數</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="206"/>
        <source>Assignee</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="206"/>
        <source>Hours</source>
        <translation>工時</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="259"/>
        <source>%1 items, one per solar term: %2 on %3 … %4 on %5 (Beijing dates).</source>
        <translation>共 %1 條內容，每個節氣一條：%3 %2 … %5 %4（北京時間日期）。</translation>
    </message>
</context>
<context>
    <name>TMController</name>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="101"/>
        <source>T&amp;M</source>
        <translation>翻譯記憶庫(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="103"/>
        <source>&amp;Concordance search</source>
        <translation>語料檢索(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="104"/>
        <source>&amp;Pre-fill exact matches</source>
        <translation>預填完全匹配(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="105"/>
        <source>&amp;Import TMX into TM…</source>
        <translation>將 TMX 匯入翻譯記憶庫(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="106"/>
        <source>&amp;Align document…</source>
        <translation>對齊文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="110"/>
        <source>Concordance</source>
        <translation>語料檢索</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="155"/>
        <source>Open a document to see translation memory matches.</source>
        <translation>開啟文件即可查看翻譯記憶庫匹配。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="233"/>
        <source>Pre-fill from translation memory</source>
        <translation>以翻譯記憶庫預填</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/tm/controller.py" line="246"/>
        <source>Pre-filled %n segment(s) from the translation memory</source>
        <translation>
            <numerusform>已以翻譯記憶庫預填 %n 個句段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="272"/>
        <source>Import TMX into the translation memory</source>
        <translation>將 TMX 匯入翻譯記憶庫</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="274"/>
        <source>Translation memories (*.tmx);;All files (*)</source>
        <translation>翻譯記憶庫 (*.tmx);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="292"/>
        <source>Imported %1 translation units from %2 in %3 s</source>
        <translation>已從 %2 匯入 %1 個翻譯單元，用時 %3 秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/tm/controller.py" line="297"/>
        <source>(%n without a translation skipped)</source>
        <translation>
            <numerusform>（略過 %n 個無譯文的單元）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="303"/>
        <source>TMX import cancelled; nothing was added.</source>
        <translation>已取消 TMX 匯入，未新增任何內容。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="307"/>
        <source>Importing %1 into the translation memory…</source>
        <translation>正在將 %1 匯入翻譯記憶庫…</translation>
    </message>
</context>
<context>
    <name>TMPanel</name>
    <message>
        <location filename="../../workbench/gui/tm/panel.py" line="53"/>
        <source>Looking up…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/panel.py" line="58"/>
        <source>Lookup failed: %1</source>
        <translation>查找失敗：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/panel.py" line="64"/>
        <source>No matches (%1 ms)</source>
        <translation>無匹配（%1 毫秒）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/tm/panel.py" line="68"/>
        <source>%n match(es) in %1 ms</source>
        <translation>
            <numerusform>%n 條匹配，用時 %1 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tm_panel.ui" line="14"/>
        <source>Open a document to see translation memory matches.</source>
        <translation>開啟文件即可查看翻譯記憶庫匹配。</translation>
    </message>
    <message>
        <location filename="../../ui/tm_panel.ui" line="28"/>
        <source>&lt;small&gt;Ctrl+1…9 or a click on the number uses the match. &lt;span style=&quot;background-color:#ffcdd2;color:#b71c1c&quot;&gt;Red&lt;/span&gt;: only in the memory; &lt;span style=&quot;background-color:#c8e6c9;color:#1b5e20&quot;&gt;green&lt;/span&gt;: only in this segment.&lt;/small&gt;</source>
        <translation>&lt;small&gt;按 Ctrl+1…9 或點選編號即可採用該匹配。&lt;span style=&quot;background-color:#ffcdd2;color:#b71c1c&quot;&gt;紅色&lt;/span&gt;：僅見於記憶庫；&lt;span style=&quot;background-color:#c8e6c9;color:#1b5e20&quot;&gt;綠色&lt;/span&gt;：僅見於本句段。&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>TMRender</name>
    <message>
        <location filename="../../workbench/gui/tm/render.py" line="26"/>
        <source>Context</source>
        <translation>語境匹配</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/render.py" line="28"/>
        <source>confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/render.py" line="29"/>
        <source>TMX</source>
        <translation>TMX</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/render.py" line="30"/>
        <source>aligned</source>
        <translation>對齊</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/render.py" line="31"/>
        <source>XLIFF</source>
        <translation>XLIFF</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="60"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>TermCandidatesDialog</name>
    <message>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="127"/>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="130"/>
        <source>Looking for term candidates…</source>
        <translation>正在查找術語候選…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="157"/>
        <source>Double-click or press F2 to edit the English</source>
        <translation>按兩下或按 F2 編輯英文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="218"/>
        <source>%1 in %2 pairs, %3 in %4; together in %5 (Dice %6)</source>
        <translation>%1 見於 %2 個句對，%3 見於 %4 個；同時出現 %5 次（Dice %6）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="237"/>
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n 個候選</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="239"/>
        <source>%n accepted</source>
        <translation>
            <numerusform>已接受 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="269"/>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="279"/>
        <source>Accepted terms</source>
        <translation>已接受的術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="270"/>
        <source>New term base “%1”</source>
        <translation>新增術語庫「%1」</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="301"/>
        <source>The English for “%1” is empty.</source>
        <translation>「%1」的英文為空。</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="6"/>
        <source>Term candidates</source>
        <translation>術語候選</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="12"/>
        <source>Minimum &amp;frequency:</source>
        <translation>最低頻次(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="18"/>
        <source>Propose only pairs found together in at least this many sentence pairs</source>
        <translation>只建議在至少這麼多個句對中同時出現的詞對</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="26"/>
        <source>Show at &amp;most:</source>
        <translation>最多顯示(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="40"/>
        <source>F&amp;ind candidates</source>
        <translation>查詢候選(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="65"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="66"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="67"/>
        <source>Frequency</source>
        <translation>頻次</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="68"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="78"/>
        <source>Examples</source>
        <translation>例句</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="93"/>
        <source>Edit the English before accepting if needed. Enter accepts the selected candidates, Delete rejects them.</source>
        <translation>如有需要，請在接受前編輯英文。按 Enter 接受所選候選，按 Delete 拒絕。</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="100"/>
        <source>Add to &amp;term base:</source>
        <translation>加入術語庫(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="116"/>
        <source>Add the selected candidates to the term base (Enter)</source>
        <translation>將所選候選加入術語庫（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="117"/>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="123"/>
        <source>Hide the selected candidates for this session (Delete)</source>
        <translation>在本次工作階段中隱藏所選候選（Delete）</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="124"/>
        <source>&amp;Reject</source>
        <translation>拒絕(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TermDetails</name>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="17"/>
        <source>Created</source>
        <translation>建立</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="18"/>
        <source>Deleted</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="19"/>
        <source>Subject</source>
        <translation>領域</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="20"/>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="21"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="22"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="23"/>
        <source>Scope</source>
        <translation>適用範圍</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="24"/>
        <source>External id</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="25"/>
        <source>Term added</source>
        <translation>新增術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="26"/>
        <source>Term removed</source>
        <translation>刪除術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="27"/>
        <source>Term text</source>
        <translation>術語文字</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="28"/>
        <source>Term language</source>
        <translation>術語語言</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="29"/>
        <source>Term status</source>
        <translation>術語狀態</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="30"/>
        <source>Part of speech</source>
        <translation>詞性</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="31"/>
        <source>Usage note</source>
        <translation>用法說明</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="32"/>
        <source>Case-sensitive</source>
        <translation>區分大小寫</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="97"/>
        <source>Term base</source>
        <translation>術語庫</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="115"/>
        <source>case-sensitive</source>
        <translation>區分大小寫</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="137"/>
        <source>Created %1 by %2; modified %3 by %4</source>
        <translation>%2 建立於 %1；%4 修改於 %3</translation>
    </message>
</context>
<context>
    <name>TermHitsPanel</name>
    <message>
        <location filename="../../workbench/gui/editor/term_hits.py" line="78"/>
        <source>(no rendering)</source>
        <translation>（無譯法）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/term_hits.py" line="80"/>
        <source>Forbidden: write %1</source>
        <translation>禁用，應寫作 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/term_hits.py" line="90"/>
        <source>Forbidden in the target: write %1</source>
        <translation>譯文含禁用術語，應寫作 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/term_hits.py" line="104"/>
        <source>The target does not use this term yet</source>
        <translation>譯文尚未使用此術語</translation>
    </message>
    <message>
        <location filename="../../ui/term_hits.ui" line="20"/>
        <source>Key</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location filename="../../ui/term_hits.ui" line="21"/>
        <source>Source term</source>
        <translation>原文術語</translation>
    </message>
    <message>
        <location filename="../../ui/term_hits.ui" line="22"/>
        <source>In target</source>
        <translation>譯文中</translation>
    </message>
    <message>
        <location filename="../../ui/term_hits.ui" line="23"/>
        <source>Use</source>
        <translation>譯法</translation>
    </message>
    <message>
        <location filename="../../ui/term_hits.ui" line="28"/>
        <source>Alt+1…9 or a click inserts the term. Select text in both columns and press Ctrl+T to add a term.</source>
        <translation>按 Alt+1…9 或按一下可插入術語。在原文和譯文兩欄中選取文字後按 Ctrl+T 可新增術語。</translation>
    </message>
</context>
<context>
    <name>Termbase</name>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="53"/>
        <source>Chinese (simplified)</source>
        <translation>中文（簡體）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="54"/>
        <source>Chinese (traditional)</source>
        <translation>中文（繁體）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="55"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="58"/>
        <source>Preferred</source>
        <translation>首選</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="59"/>
        <source>Admitted</source>
        <translation>許可</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="60"/>
        <source>Forbidden (deprecated)</source>
        <translation>禁用</translation>
    </message>
</context>
<context>
    <name>TermbaseImportWizard</name>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="62"/>
        <source>Not imported</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="63"/>
        <source>Chinese terms (simplified)</source>
        <translation>中文術語（簡體）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="64"/>
        <source>Chinese terms (traditional)</source>
        <translation>中文術語（繁體）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="65"/>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="251"/>
        <source>English terms</source>
        <translation>英文術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="66"/>
        <source>Forbidden Chinese terms</source>
        <translation>禁用中文術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="69"/>
        <source>Forbidden Chinese terms (traditional)</source>
        <translation>禁用中文術語（繁體）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="71"/>
        <source>Forbidden English terms</source>
        <translation>禁用英文術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="72"/>
        <source>Term status</source>
        <translation>術語狀態</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="73"/>
        <source>Forbidden mark (yes/no)</source>
        <translation>禁用標記（是/否）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="74"/>
        <location filename="../../ui/termbase_import.ui" line="110"/>
        <source>Subject</source>
        <translation>領域</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="75"/>
        <location filename="../../ui/termbase_import.ui" line="111"/>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="76"/>
        <location filename="../../ui/termbase_import.ui" line="112"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="77"/>
        <location filename="../../ui/termbase_import.ui" line="113"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="78"/>
        <source>Scope</source>
        <translation>適用範圍</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="79"/>
        <source>Part of speech</source>
        <translation>詞性</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="80"/>
        <source>Entry id</source>
        <translation>條目 ID</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="244"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="247"/>
        <source>Detect</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="248"/>
        <source>Comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="249"/>
        <source>Tab</source>
        <translation>定位字元</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="250"/>
        <source>Semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="252"/>
        <source>Chinese terms</source>
        <translation>中文術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="253"/>
        <source>All terms</source>
        <translation>全部術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="274"/>
        <location filename="../../ui/termbase_import.ui" line="6"/>
        <source>Import terms</source>
        <translation>匯入術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="277"/>
        <source>Term bases and glossaries (*.tbx *.xml *.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>術語庫和詞彙表 (*.tbx *.xml *.csv *.tsv *.txt *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="299"/>
        <source>There is no file %1.</source>
        <translation>檔案 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="305"/>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="344"/>
        <source>TBX-Basic (TBX 2) file</source>
        <translation>TBX-Basic（TBX 2）檔案</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="345"/>
        <source>TBX v3 file</source>
        <translation>TBX v3 檔案</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="346"/>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="347"/>
        <source>TSV table</source>
        <translation>TSV 表格</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="348"/>
        <source>Excel workbook</source>
        <translation>Excel 活頁簿</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="354"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n 欄</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="358"/>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="383"/>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="504"/>
        <source>Choose at least one column of terms.</source>
        <translation>請至少選擇一個術語欄。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="566"/>
        <source>Enter a name for the new term base.</source>
        <translation>請輸入新術語庫的名稱。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="572"/>
        <source>A term base named “%1” exists; choose it as the existing term base, or another name.</source>
        <translation>已存在名為“%1”的術語庫；請將其選為現有術語庫，或換一個名稱。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="588"/>
        <source>%1 holds no terms in Chinese or English.</source>
        <translation>%1 中沒有中文或英文術語。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="619"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消匯入，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="623"/>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="632"/>
        <source>%n concept(s) added</source>
        <translation>
            <numerusform>已新增 %n 個概念</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="633"/>
        <source>%n concept(s) updated</source>
        <translation>
            <numerusform>已更新 %n 個概念</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="634"/>
        <source>%n concept(s) unchanged</source>
        <translation>
            <numerusform>%n 個概念未更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="637"/>
        <source>A new term base was created.</source>
        <translation>已建立新術語庫。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="639"/>
        <source>Nothing to report.</source>
        <translation>沒有需要說明的問題。</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="10"/>
        <source>Choose a file</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="11"/>
        <source>A TBX file (TBX-Basic or TBX v3), or a glossary table: CSV, TSV or an Excel workbook (XLSX).</source>
        <translation>TBX 檔案（TBX-Basic 或 TBX v3），或詞彙表：CSV、TSV 或 Excel 活頁簿（XLSX）。</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="17"/>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="26"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="45"/>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="46"/>
        <source>Say what each column holds. Synonyms in one cell may be separated by | or ; — the first is preferred, the others admitted.</source>
        <translation>請指定每欄的內容。同一儲存格中的同義詞可用 | 或 ; 分隔，第一個為首選術語，其餘為許可術語。</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="52"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="59"/>
        <source>&amp;Delimiter:</source>
        <translation>分隔符號(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="66"/>
        <source>First row holds column &amp;names</source>
        <translation>首列為欄名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="71"/>
        <source>S&amp;tatus column applies to:</source>
        <translation>狀態欄適用於(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="90"/>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="91"/>
        <source>First values</source>
        <translation>前幾個值</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="92"/>
        <source>Imported as</source>
        <translation>匯入為</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="97"/>
        <source>Preview: the first rows as they will be imported (⊘ = forbidden)</source>
        <translation>預覽：前幾列的匯入結果（⊘ = 禁用）</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="108"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="109"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="126"/>
        <source>Where to</source>
        <translation>匯入位置</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="127"/>
        <source>Import into a new term base, or add to (or merge into) one you have.</source>
        <translation>匯入到新術語庫，或新增（或合併）到現有術語庫。</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="131"/>
        <source>Into a &amp;new term base:</source>
        <translation>匯入到新術語庫(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="140"/>
        <source>Into an &amp;existing term base:</source>
        <translation>匯入到現有術語庫(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="148"/>
        <source>Entries already in the term base</source>
        <translation>術語庫中已有的條目</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="152"/>
        <source>&amp;Add every entry as a new concept</source>
        <translation>將所有條目新增為新概念(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="158"/>
        <source>&amp;Merge entries into the concept with the same id or a shared term; add the others</source>
        <translation>將條目合併到 ID 相同或含相同術語的概念，其餘條目新增為新概念(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="179"/>
        <source>Imported</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="189"/>
        <source>Notes from the reader (what was skipped or guessed):</source>
        <translation>讀取說明（跳過或推斷的內容）：</translation>
    </message>
</context>
<context>
    <name>TermbaseManager</name>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="151"/>
        <source>TBX-Basic (TBX 2, most CAT tools) (*.tbx)</source>
        <translation>TBX-Basic（TBX 2，適用於大多數 CAT 工具）(*.tbx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="152"/>
        <source>TBX v3 (ISO 30042:2019) (*.tbx)</source>
        <translation>TBX v3（ISO 30042:2019）(*.tbx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="153"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="154"/>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV，逗號分隔 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="155"/>
        <source>TSV, tab-separated (*.tsv)</source>
        <translation>TSV，定位字元分隔 (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="222"/>
        <source>New term base…</source>
        <translation>新建術語庫…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="223"/>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="224"/>
        <source>Delete term base…</source>
        <translation>刪除術語庫…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="226"/>
        <source>Higher priority</source>
        <translation>提高優先順序</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="227"/>
        <source>Consult this term base earlier</source>
        <translation>提前查詢此術語庫</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="228"/>
        <source>Lower priority</source>
        <translation>降低優先順序</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="229"/>
        <source>Consult this term base later</source>
        <translation>延後查詢此術語庫</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="244"/>
        <source>New concept…</source>
        <translation>新建概念…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="246"/>
        <source>Edit concept…</source>
        <translation>編輯概念…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="248"/>
        <source>Delete concepts</source>
        <translation>刪除概念</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="251"/>
        <source>Undo</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="254"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="259"/>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="260"/>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="261"/>
        <source>Find conflicts</source>
        <translation>查詢衝突</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="262"/>
        <source>Term candidates…</source>
        <translation>術語候選…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="263"/>
        <source>Propose terms from the aligned material</source>
        <translation>從對齊語料中建議術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="265"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="287"/>
        <source>All languages</source>
        <translation>全部語言</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="288"/>
        <source>Chinese (both scripts)</source>
        <translation>中文（簡繁體）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="291"/>
        <source>Any status</source>
        <translation>任意狀態</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="292"/>
        <source>Has forbidden terms</source>
        <translation>含禁用術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="293"/>
        <source>Has admitted terms</source>
        <translation>含許可術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="294"/>
        <source>Has preferred terms</source>
        <translation>含首選術語</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="317"/>
        <source>All term bases</source>
        <translation>全部術語庫</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="345"/>
        <source>All subjects</source>
        <translation>全部領域</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="346"/>
        <source>No subject</source>
        <translation>無領域</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="382"/>
        <source>New term base</source>
        <translation>新建術語庫</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="382"/>
        <source>Name of the new term base:</source>
        <translation>新術語庫的名稱：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="399"/>
        <source>Rename term base</source>
        <translation>重新命名術語庫</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="399"/>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="417"/>
        <source>Delete the term base “%1” with its %2 concepts? This cannot be undone; the history of its changes is kept.</source>
        <translation>要刪除術語庫“%1”及其中的 %2 個概念嗎？此操作無法撤銷，但會保留其修改歷史。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="421"/>
        <source>Delete term base</source>
        <translation>刪除術語庫</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="472"/>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="507"/>
        <source>%1 of %2 concepts</source>
        <translation>%1 / %2 個概念</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="627"/>
        <source>Add concept “%1”</source>
        <translation>新增概念“%1”</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="658"/>
        <source>Edit concept “%1”</source>
        <translation>編輯概念“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/manager.py" line="682"/>
        <source>Delete %n concept(s)</source>
        <translation>
            <numerusform>刪除 %n 個概念</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="726"/>
        <source>Export all term bases</source>
        <translation>匯出全部術語庫</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/manager.py" line="728"/>
        <source>Export %n term base(s)</source>
        <translation>
            <numerusform>匯出 %n 個術語庫</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="736"/>
        <source>There are no concepts to export.</source>
        <translation>沒有可匯出的概念。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/manager.py" line="751"/>
        <source>Exported %n concept(s) to %1</source>
        <translation>
            <numerusform>已將 %n 個概念匯出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="754"/>
        <source>Export notes</source>
        <translation>匯出說明</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="759"/>
        <source>Exporting to %1…</source>
        <translation>正在匯出到 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="6"/>
        <source>Term bases</source>
        <translation>術語庫</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="25"/>
        <source>Term &amp;bases (first = consulted first):</source>
        <translation>術語庫（靠前者優先查詢）(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="35"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="36"/>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="37"/>
        <source>Concepts</source>
        <translation>概念</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="67"/>
        <source>Search terms (Chinese in either script, or English)…</source>
        <translation>搜尋術語（簡繁體中文或英文）…</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="74"/>
        <source>Only terms in this language</source>
        <translation>僅顯示此語言的術語</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="80"/>
        <source>Only concepts with a term of this status</source>
        <translation>僅顯示含此狀態術語的概念</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="85"/>
        <source>Only concepts of this subject</source>
        <translation>僅顯示此領域的概念</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="114"/>
        <source>Details</source>
        <translation>詳細資訊</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="124"/>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="139"/>
        <source>Term base tools</source>
        <translation>術語庫工具</translation>
    </message>
</context>
<context>
    <name>UserDictionaryPage</name>
    <message>
        <location filename="../../ui/qa_dictionary.ui" line="9"/>
        <source>Words the spelling check accepts in this workspace (names, transliterations, house style).</source>
        <translation>本工作區拼字檢查接受的字詞（人名、音譯詞、本社規範用詞等）。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_dictionary.ui" line="23"/>
        <source>New word</source>
        <translation>新字詞</translation>
    </message>
    <message>
        <location filename="../../ui/qa_dictionary.ui" line="29"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/qa_dictionary.ui" line="34"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="109"/>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="123"/>
        <source>Applied at once.</source>
        <translation>立即生效。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="123"/>
        <source>Used after a restart.</source>
        <translation>重新啟動後生效。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="133"/>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="133"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="183"/>
        <source>New workspace</source>
        <translation>新增工作區</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="183"/>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="194"/>
        <source>Workspaces (*.db);;All files (*)</source>
        <translation>工作區 (*.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="192"/>
        <source>Open workspace</source>
        <translation>開啟工作區</translation>
    </message>
</context>
<context>
    <name>WelcomeForm</name>
    <message>
        <location filename="../../ui/welcome.ui" line="17"/>
        <source>&lt;h2&gt;Welcome to ICC Workbench&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;歡迎使用國際傳播編輯工作臺&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="27"/>
        <source>All your documents, term bases, translation memory and plans live in one workspace file. Choose how to start; you can switch workspaces at any time from the File menu.</source>
        <translation>所有文件、術語庫、翻譯記憶和選題計畫都儲存在一個工作區檔案中。請選擇開始方式；之後可隨時透過「檔案」選單切換工作區。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="37"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="43"/>
        <source>Create a new workspace…</source>
        <translation>新增工作區…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="46"/>
        <source>An empty workspace file, by default in your user data folder.</source>
        <translation>一個空的工作區檔案，預設位於使用者資料夾中。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="53"/>
        <source>Open an existing workspace…</source>
        <translation>開啟既有工作區…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="56"/>
        <source>A workspace file from a colleague or a shared folder.</source>
        <translation>同事提供的或共用資料夾中的工作區檔案。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="63"/>
        <source>Open the sample workspace</source>
        <translation>開啟範例工作區</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="66"/>
        <source>Three bilingual sample articles to try the editor, QA and publishing.</source>
        <translation>三篇雙語範例文章，可試用編輯器、品管和出版功能。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="76"/>
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="108"/>
        <source>Where your data lives</source>
        <translation>資料存放位置</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="114"/>
        <source>Workspace:</source>
        <translation>工作區：</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="128"/>
        <location filename="../../ui/welcome.ui" line="149"/>
        <location filename="../../ui/welcome.ui" line="170"/>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="135"/>
        <source>Backups:</source>
        <translation>備份：</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="156"/>
        <source>Log files:</source>
        <translation>日誌檔案：</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="177"/>
        <source>Backups are made before every upgrade and with File → Back up workspace. Log files and crash reports stay on this computer; nothing is sent anywhere.</source>
        <translation>每次升級前以及使用「檔案 → 備份工作區」時都會自動備份。日誌檔案和當機報告只儲存在本機，不會傳送到任何地方。</translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="93"/>
        <source>W%1
%2</source>
        <translation>第 %1 週
%2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="101"/>
        <source>ISO week %1 of %2: %3 – %4</source>
        <translation>%2 年 ISO 第 %1 週：%3 – %4</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="143"/>
        <source>%1 is overloaded: %2 h planned, %3 h available</source>
        <translation>%1 超負荷：計畫 %2 小時，可用 %3 小時</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="145"/>
        <source>%1: %2 h planned, %3 h available</source>
        <translation>%1：計畫 %2 小時，可用 %3 小時</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="203"/>
        <source>Missed deadlines (not done, due before now):</source>
        <translation>已錯過的截止時間（未完成且已到期）：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="211"/>
        <source>No people yet: Plan ▸ People… adds the team.</source>
        <translation>還沒有人員：計畫 ▸ 人員… 可新增團隊成員。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="215"/>
        <source>%n overloaded week(s): %1</source>
        <translation>%n 個超負荷週：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="218"/>
        <source>Nobody is overloaded in these weeks.</source>
        <translation>這幾週無人超負荷。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="228"/>
        <source>None — every deadline so far was met.</source>
        <translation>無——迄今所有截止時間都已按時完成。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/data.py" line="183"/>
        <source>%n day(s) late</source>
        <translation>逾期 %n 天</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../workbench/gui/tasks.py" line="76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
