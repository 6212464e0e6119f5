<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DocumentListPanel</name>
    <message>
        <location filename="../../ui/document_list.ui" line="14"/>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.ui" line="20"/>
        <source>Title contains…</source>
        <translation>标题包含…</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.ui" line="26"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../ui/document_list.ui" line="35"/>
        <source>Direction:</source>
        <translation>翻译方向：</translation>
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
        <translation>翻译中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="30"/>
        <source>Translated</source>
        <translation>已翻译</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="31"/>
        <source>In review</source>
        <translation>审校中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="32"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="33"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="36"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="37"/>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="38"/>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="39"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="40"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="41"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/models/document_table.py" line="42"/>
        <source>Updated</source>
        <translation>更新时间</translation>
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
        <translation>国际传播编辑工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="22"/>
        <source>This is a bug. The details were written to the log.</source>
        <translation>这是程序错误，详细信息已写入日志。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="124"/>
        <source>ICC Workbench — 国际传播编辑工作台</source>
        <translation>国际传播编辑工作台 — ICC Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="125"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="126"/>
        <source>Import a .txt or .docx file as a new document</source>
        <translation>将 .txt 或 .docx 文件导入为新文档</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="127"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="128"/>
        <source>&amp;Back up workspace</source>
        <translation>备份工作区(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="130"/>
        <source>&amp;About ICC Workbench</source>
        <translation>关于国际传播编辑工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="131"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="132"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="133"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="134"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="136"/>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
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
        <translation>中译英</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="150"/>
        <source>English → Chinese</source>
        <translation>英译中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="165"/>
        <source>%1 of %2 documents</source>
        <translation>显示 %1 篇，共 %2 篇文档</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="177"/>
        <source>Import a document</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="179"/>
        <source>Documents (*.docx *.txt);;All files (*)</source>
        <translation>文档 (*.docx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="194"/>
        <source>Imported %1 as document %2</source>
        <translation>已将 %1 导入为文档 %2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="201"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="211"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="216"/>
        <source>About ICC Workbench</source>
        <translation>关于国际传播编辑工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="217"/>
        <source>ICC Workbench %1
A bilingual editorial workbench for international communication centers.</source>
        <translation>国际传播编辑工作台 %1
面向国际传播中心的中英双语编辑工具。</translation>
    </message>
</context>
</TS>