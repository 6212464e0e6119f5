<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../workbench/gui/actions.py" line="33"/>
        <source>&amp;New workspace…</source>
        <translation>新建工作區(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="40"/>
        <source>&amp;Open workspace…</source>
        <translation>開啟工作區(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="47"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="55"/>
        <source>&amp;Back up workspace</source>
        <translation>備份工作區(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="62"/>
        <source>&amp;Close document</source>
        <translation>關閉文件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="70"/>
        <source>&amp;Preferences…</source>
        <translation>首選項(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="78"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="85"/>
        <source>&amp;Undo</source>
        <translation>撤銷(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="89"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="97"/>
        <source>&amp;Find…</source>
        <translation>查詢(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="106"/>
        <source>Find and &amp;replace…</source>
        <translation>查詢和替換(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="113"/>
        <source>&amp;Go to segment…</source>
        <translation>轉到句段(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="120"/>
        <source>&amp;Confirm and go to next unconfirmed</source>
        <translation>確認並轉到下一個未確認句段(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="127"/>
        <source>&amp;Edit target</source>
        <translation>編輯譯文(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="131"/>
        <source>&amp;Previous segment</source>
        <translation>上一句段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="139"/>
        <source>&amp;Next segment</source>
        <translation>下一句段(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="146"/>
        <source>Copy &amp;source to target</source>
        <translation>複製原文到譯文(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="154"/>
        <source>C&amp;lear target</source>
        <translation>清除譯文(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="161"/>
        <source>S&amp;plit segment</source>
        <translation>拆分句段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="169"/>
        <source>&amp;Merge with next segment</source>
        <translation>與下一句段合併(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="176"/>
        <source>Segment &amp;history…</source>
        <translation>句段歷史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="184"/>
        <source>Mark &amp;reviewed</source>
        <translation>標記為已審校(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="191"/>
        <source>Mark &amp;approved</source>
        <translation>標記為已批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="198"/>
        <source>&amp;Lock</source>
        <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="206"/>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="213"/>
        <source>&amp;Swap source and target columns</source>
        <translation>交換原文和譯文列(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="220"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="224"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="231"/>
        <source>&amp;About ICC Workbench</source>
        <translation>關於國際傳播編輯工作臺(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="240"/>
        <source>Discard what was typed in this segment</source>
        <translation>放棄本句段中剛輸入的內容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="241"/>
        <source>Leave the editor (the text is kept as a draft)</source>
        <translation>離開編輯框（文字保留為草稿）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="242"/>
        <source>New line inside the segment</source>
        <translation>在句段內換行</translation>
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
        <location filename="../../workbench/gui/editor/view.py" line="196"/>
        <location filename="../../workbench/gui/editor/view.py" line="285"/>
        <source>This segment is locked.</source>
        <translation>此句段已鎖定。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/editor/view.py" line="313"/>
        <source>Filled %n identical segment(s)</source>
        <translation><numerusform>已填充 %n 個相同句段</numerusform></translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/view.py" line="324"/>
        <source>Every segment is confirmed.</source>
        <translation>所有句段均已確認。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/view.py" line="368"/>
        <source>Edit note</source>
        <translation>編輯備註</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/view.py" line="392"/>
        <source>Split segment %1</source>
        <translation>拆分句段 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/view.py" line="425"/>
        <source>Merge segment %1</source>
        <translation>合併句段 %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../workbench/gui/errors.py" line="22"/>
        <source>ICC Workbench</source>
        <translation>國際傳播編輯工作臺</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="28"/>
        <source>This is a bug. The details were written to the log.</source>
        <translation>這是程式錯誤，詳細資訊已寫入日誌。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="31"/>
        <source>Copy details</source>
        <translation>複製詳細資訊</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="56"/>
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
        <translation><numerusform>%n 處匹配</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="141"/>
        <source>%n replacement(s)</source>
        <translation><numerusform>%n 處替換</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="170"/>
        <source>Replaced in %n segment(s)</source>
        <translation><numerusform>已在 %n 個句段中替換</numerusform></translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="174"/>
        <location filename="../../workbench/gui/main_window.py" line="242"/>
        <location filename="../../workbench/gui/main_window.py" line="268"/>
        <source>ICC Workbench — 国际传播编辑工作台</source>
        <translation>國際傳播編輯工作臺 — ICC Workbench</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a .txt or .docx file as a new document</source>
        <translation>將 .txt 或 .docx 檔案匯入為新文件</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back up workspace</source>
        <translation>備份工作區(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About ICC Workbench</source>
        <translation>關於國際傳播編輯工作臺(&amp;A)</translation>
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
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="61"/>
        <source>Main toolbar</source>
        <translation>主工具欄</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="69"/>
        <source>Navigator</source>
        <translation>導航</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="81"/>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="90"/>
        <source>Publications</source>
        <translation>出版物</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="110"/>
        <source>Term hits</source>
        <translation>術語匹配</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="121"/>
        <source>Term hits will appear here once the term base is available (term base issue).</source>
        <translation>術語庫功能上線後，術語匹配將顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="131"/>
        <source>TM matches</source>
        <translation>翻譯記憶匹配</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="142"/>
        <source>Translation memory matches will appear here once the translation memory is available (alignment and TM issue).</source>
        <translation>翻譯記憶庫功能上線後，翻譯記憶匹配將顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="152"/>
        <source>QA findings</source>
        <translation>質量檢查結果</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="163"/>
        <source>QA findings will appear here once the QA checks are available (QA issue).</source>
        <translation>質量檢查功能上線後，檢查結果將顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="173"/>
        <source>Notes and history</source>
        <translation>備註和歷史</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="184"/>
        <source>Segment note:</source>
        <translation>句段備註：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="190"/>
        <source>A note for this segment (saved when you leave the field)</source>
        <translation>本句段的備註（離開輸入框時儲存）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="195"/>
        <source>History:</source>
        <translation>歷史記錄：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="178"/>
        <source>Workspace: %1</source>
        <translation>工作區：%1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Chinese → English</source>
        <translation>中譯英</translation>
    </message>
    <message>
        <source>English → Chinese</source>
        <translation>英譯中</translation>
    </message>
    <message>
        <source>%1 of %2 documents</source>
        <translation>顯示 %1 篇，共 %2 篇文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="176"/>
        <source>Recent &amp;workspaces</source>
        <translation>最近的工作區(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/main_window.py" line="247"/>
        <source>Restored %n unsaved draft(s) from the last session</source>
        <translation><numerusform>已恢復上次未儲存的 %n 個草稿</numerusform></translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="291"/>
        <source>Confirmed %1 / %2</source>
        <translation>已確認 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="298"/>
        <source>Chinese %1 characters · English %2 words</source>
        <translation>中文 %1 字 · 英文 %2 詞</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="315"/>
        <source>Selection: %1 segments, %2 characters, %3 words</source>
        <translation>選中：%1 個句段，%2 字，%3 詞</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="361"/>
        <source>Target</source>
        <translation>譯文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="362"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="363"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="364"/>
        <source>Created</source>
        <translation>建立</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="365"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="366"/>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="367"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="390"/>
        <source>Segment %1 is hidden by the filter</source>
        <translation>句段 %1 被篩選條件隱藏</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="437"/>
        <source>The new interface language is used after a restart.</source>
        <translation>新的介面語言將在重啟後生效。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="449"/>
        <source>(none yet)</source>
        <translation>（暫無）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="453"/>
        <source>Workspaces (*.db);;All files (*)</source>
        <translation>工作區 (*.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="455"/>
        <source>New workspace</source>
        <translation>新建工作區</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="457"/>
        <source>Open workspace</source>
        <translation>開啟工作區</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="487"/>
        <source>Import a document</source>
        <translation>匯入文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="489"/>
        <source>Documents (*.docx *.txt);;All files (*)</source>
        <translation>文件 (*.docx *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="506"/>
        <source>Imported %1 as document %2</source>
        <translation>已將 %1 匯入為文件 %2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="514"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消匯入，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="518"/>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="535"/>
        <source>Backed up to %1</source>
        <translation>已備份到 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="540"/>
        <source>About ICC Workbench</source>
        <translation>關於國際傳播編輯工作臺</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="542"/>
        <source>ICC Workbench %1
A bilingual editorial workbench for international communication centers.</source>
        <translation>國際傳播編輯工作臺 %1
面向國際傳播中心的中英雙語編輯工具。</translation>
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
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="43"/>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="50"/>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="51"/>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="52"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="14"/>
        <source>Preferences</source>
        <translation>首選項</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="22"/>
        <source>Your name (recorded in history):</source>
        <translation>您的姓名（記錄在歷史中）：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="35"/>
        <source>Interface language:</source>
        <translation>介面語言：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="48"/>
        <source>Theme:</source>
        <translation>主題：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="61"/>
        <source>Chinese font:</source>
        <translation>中文字型：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="74"/>
        <source>English font:</source>
        <translation>英文字型：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="87"/>
        <source>Font size:</source>
        <translation>字號：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="103"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="110"/>
        <source>Save unconfirmed typing every:</source>
        <translation>未確認內容自動儲存間隔：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="126"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="133"/>
        <source>Backups to keep:</source>
        <translation>保留備份份數：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="153"/>
        <source>Fill identical untranslated segments when confirming (auto-propagation)</source>
        <translation>確認時自動填充相同的未翻譯句段（自動傳播）</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="162"/>
        <source>A new interface language is used after a restart.</source>
        <translation>新的介面語言將在重啟後生效。</translation>
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
    <message numerus="yes">
        <location filename="../../workbench/gui/editor/filter_bar.py" line="53"/>
        <source>%n segment(s) shown</source>
        <translation><numerusform>顯示 %n 個句段</numerusform></translation>
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
        <translation>有質檢問題</translation>
    </message>
    <message>
        <location filename="../../ui/segment_filter.ui" line="35"/>
        <source>Available once the QA checks are in place (QA issue).</source>
        <translation>質量檢查功能上線後可用。</translation>
    </message>
</context>
<context>
    <name>SegmentHistoryDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs/history.py" line="100"/>
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
        <location filename="../../workbench/gui/editor/segment_model.py" line="30"/>
        <source>#</source>
        <translation>序號</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/segment_model.py" line="31"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/segment_model.py" line="32"/>
        <source>Target</source>
        <translation>譯文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/segment_model.py" line="33"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/segment_model.py" line="36"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/segment_model.py" line="37"/>
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
    <name>parent</name>
    <message>
        <location filename="../../workbench/gui/tasks.py" line="76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>