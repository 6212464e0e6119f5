<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <translation>已核准</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="33"/>
        <source>Published</source>
        <translation>已發布</translation>
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
    <name>Errors</name>
    <message>
        <location filename="../../workbench/gui/errors.py" line="18"/>
        <source>ICC Workbench</source>
        <translation>國際傳播編輯工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="22"/>
        <source>This is a bug. The details were written to the log.</source>
        <translation>這是程式錯誤，詳細資訊已寫入記錄檔。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="124"/>
        <source>ICC Workbench — 国际传播编辑工作台</source>
        <translation>國際傳播編輯工作台 — ICC Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="125"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="126"/>
        <source>Import a .txt or .docx file as a new document</source>
        <translation>將 .txt 或 .docx 檔案匯入為新文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="127"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="128"/>
        <source>&amp;Back up workspace</source>
        <translation>備份工作區(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="130"/>
        <source>&amp;About ICC Workbench</source>
        <translation>關於國際傳播編輯工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="131"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="132"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="133"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="134"/>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="136"/>
        <source>Workspace: %1</source>
        <translation>工作區：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="142"/>
        <location filename="../../workbench/gui/main_window.py" line="148"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="149"/>
        <source>Chinese → English</source>
        <translation>中譯英</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="150"/>
        <source>English → Chinese</source>
        <translation>英譯中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="165"/>
        <source>%1 of %2 documents</source>
        <translation>顯示 %1 篇，共 %2 篇文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="177"/>
        <source>Import a document</source>
        <translation>匯入文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="179"/>
        <source>Documents (*.docx *.txt);;All files (*)</source>
        <translation>文件 (*.docx *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="194"/>
        <source>Imported %1 as document %2</source>
        <translation>已將 %1 匯入為文件 %2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="201"/>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="211"/>
        <source>Backed up to %1</source>
        <translation>已備份到 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="216"/>
        <source>About ICC Workbench</source>
        <translation>關於國際傳播編輯工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="217"/>
        <source>ICC Workbench %1
A bilingual editorial workbench for international communication centers.</source>
        <translation>國際傳播編輯工作台 %1
面向國際傳播中心的中英雙語編輯工具。</translation>
    </message>
</context>
</TS>