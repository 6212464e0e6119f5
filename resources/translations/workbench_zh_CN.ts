<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../workbench/gui/actions.py" line="32"/>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="33"/>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="34"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="35"/>
        <source>&amp;Back up workspace</source>
        <translation>备份工作区(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="36"/>
        <source>&amp;Close document</source>
        <translation>关闭文档(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="37"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="38"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="39"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="40"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="41"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="42"/>
        <source>Find and &amp;replace…</source>
        <translation>查找和替换(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="43"/>
        <source>&amp;Go to segment…</source>
        <translation>转到句段(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="44"/>
        <source>&amp;Confirm and go to next unconfirmed</source>
        <translation>确认并转到下一个未确认句段(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="45"/>
        <source>&amp;Edit target</source>
        <translation>编辑译文(&amp;E)</translation>
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
        <translation>复制原文到译文(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="49"/>
        <source>C&amp;lear target</source>
        <translation>清除译文(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="50"/>
        <source>S&amp;plit segment</source>
        <translation>拆分句段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="51"/>
        <source>&amp;Merge with next segment</source>
        <translation>与下一句段合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="52"/>
        <source>Segment &amp;history…</source>
        <translation>句段历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="53"/>
        <source>Mark &amp;reviewed</source>
        <translation>标记为已审校(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="54"/>
        <source>Mark &amp;approved</source>
        <translation>标记为已批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="55"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="56"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="57"/>
        <source>&amp;Add term from selection…</source>
        <translation>从所选内容添加术语(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="58"/>
        <source>Term base &amp;manager…</source>
        <translation>术语库管理器(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="59"/>
        <source>&amp;Run QA on document</source>
        <translation>检查当前文档(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="60"/>
        <source>QA on this &amp;issue</source>
        <translation>检查本期全部文档(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="61"/>
        <source>QA on the whole &amp;workspace</source>
        <translation>检查整个工作区(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="62"/>
        <source>&amp;Next QA finding</source>
        <translation>下一个质检问题(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="63"/>
        <source>&amp;Previous QA finding</source>
        <translation>上一个质检问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="64"/>
        <source>&amp;Swap source and target columns</source>
        <translation>交换原文和译文列(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="65"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="66"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="67"/>
        <source>&amp;About ICC Workbench</source>
        <translation>关于国际传播编辑工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="73"/>
        <source>Discard what was typed in this segment</source>
        <translation>放弃本句段中刚输入的内容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="74"/>
        <source>Leave the editor (the text is kept as a draft)</source>
        <translation>离开编辑框（文字保留为草稿）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/actions.py" line="75"/>
        <source>New line inside the segment</source>
        <translation>在句段内换行</translation>
    </message>
</context>
<context>
    <name>AddArticlesDialog</name>
    <message>
        <location filename="../../workbench/gui/publishing/dialogs.py" line="143"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/dialogs.py" line="167"/>
        <source>Every document is already in an issue. Import or create one first.</source>
        <translation>所有文档都已编入某一期。请先导入或新建文档。</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="14"/>
        <source>Add articles</source>
        <translation>添加文章</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="20"/>
        <source>Documents not yet in any issue. Select one or more (Ctrl+click, Shift+click).</source>
        <translation>以下是尚未编入任何一期的文档。可选择一篇或多篇（Ctrl+单击、Shift+单击）。</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="30"/>
        <source>Filter by title</source>
        <translation>按标题筛选</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="56"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="61"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="66"/>
        <source>Other title</source>
        <translation>另一语言标题</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="71"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/add_articles.ui" line="81"/>
        <source>Add to &amp;section:</source>
        <translation>添加到栏目(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>AlignmentReview</name>
    <message>
        <location filename="../../ui/alignment_review.ui" line="6"/>
        <source>Align document</source>
        <translation>对齐文档</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_review.ui" line="12"/>
        <source>Aligning…</source>
        <translation>正在对齐…</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_review.ui" line="19"/>
        <source>&amp;Highlight links below:</source>
        <translation>突出显示置信度低于(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_review.ui" line="29"/>
        <source>Links the aligner is less sure of than this are highlighted for review</source>
        <translation>对齐置信度低于此值的链接将突出显示，供人工复核</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_review.ui" line="61"/>
        <source>Also re-segment the document to follow the links</source>
        <translation>同时按链接重新切分文档句段</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_review.ui" line="62"/>
        <source>One segment per link; undoable in the editor (Ctrl+Z)</source>
        <translation>每个链接一个句段；可在编辑器中撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_review.ui" line="72"/>
        <source>&amp;Confirm: add the pairs to the TM</source>
        <translation>确认：将句对加入翻译记忆库(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/alignment_review.ui" line="78"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AlignmentReviewWindow</name>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="122"/>
        <source>Merge with next</source>
        <translation>与下一条合并</translation>
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
        <translation>取消链接（1-0 / 0-1）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="127"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="128"/>
        <source>Next to review</source>
        <translation>下一条待复核</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="129"/>
        <source>Align again</source>
        <translation>重新对齐</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="133"/>
        <source>Move the first sentence of the selected cell&apos;s side to the link above</source>
        <translation>将所选单元格一侧的第一句移到上一条链接</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="136"/>
        <source>Move the last sentence of the selected cell&apos;s side to the link below</source>
        <translation>将所选单元格一侧的最后一句移到下一条链接</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="138"/>
        <source>Mark the source and the target as having no counterpart</source>
        <translation>将原文和译文标记为无对应内容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="164"/>
        <source>Aligning…</source>
        <translation>正在对齐…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="176"/>
        <source>Cannot align: %1</source>
        <translation>无法对齐：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="183"/>
        <source>%1 source and %2 target sentences, aligned %3 in %4 ms</source>
        <translation>原文 %1 句，译文 %2 句，%3对齐，用时 %4 毫秒</translation>
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
            <numerusform>%n 条链接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/alignment/review.py" line="209"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n 条待复核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/alignment/review.py" line="211"/>
        <source>%n pair(s) for the TM</source>
        <translation>
            <numerusform>%n 个句对可入库</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/alignment/review.py" line="281"/>
        <source>Added %n pair(s) to the translation memory.</source>
        <translation>
            <numerusform>已将 %n 个句对加入翻译记忆库。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/review.py" line="308"/>
        <source>Align document</source>
        <translation>对齐文档</translation>
    </message>
</context>
<context>
    <name>AssemblyCommands</name>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_commands.py" line="75"/>
        <source>Delete publication</source>
        <translation>删除刊物</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_commands.py" line="77"/>
        <source>Delete %1 with all its issues and sections? The articles stay in the workspace, in no issue.</source>
        <translation>删除“%1”及其所有期和栏目？文章仍保留在工作区中，不属于任何一期。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_commands.py" line="115"/>
        <source>Delete issue</source>
        <translation>删除本期</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_commands.py" line="117"/>
        <source>Delete issue %1 and its sections? The articles stay in the workspace, in no issue.</source>
        <translation>删除“%1”这一期及其栏目？文章仍保留在工作区中，不属于任何一期。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_commands.py" line="165"/>
        <source>Delete section</source>
        <translation>删除栏目</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/publishing/assembly_commands.py" line="167"/>
        <source>Delete %1? Its %n article(s) stay in the workspace, in no issue.</source>
        <translation>
            <numerusform>删除栏目“%1”？其中的 %n 篇文章仍保留在工作区中，不属于任何一期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message numerus="yes">
        <location filename="../../workbench/gui/planner/calendar_model.py" line="176"/>
        <source>%n item(s) published</source>
        <translation>
            <numerusform>发布 %n 条内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/planner/calendar_model.py" line="179"/>
        <source>%n stage deadline(s)</source>
        <translation>
            <numerusform>%n 个环节截止</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="126"/>
        <source>New campaign</source>
        <translation>新建专题活动</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="126"/>
        <source>Campaign</source>
        <translation>专题活动</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="203"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="203"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="203"/>
        <source>Audience time zone</source>
        <translation>受众时区</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="203"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="205"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
</context>
<context>
    <name>ConceptDialog</name>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="124"/>
        <source>Edit concept</source>
        <translation>编辑概念</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="124"/>
        <source>New concept</source>
        <translation>新建概念</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="137"/>
        <source>New term base…</source>
        <translation>新建术语库…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="143"/>
        <source>My terms</source>
        <translation>我的术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="292"/>
        <source>Already in the term bases:</source>
        <translation>术语库中已有：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="325"/>
        <source>Enter at least one term.</source>
        <translation>请至少输入一个术语。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="330"/>
        <source>The term “%1” is listed twice.</source>
        <translation>术语“%1”重复列出。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="333"/>
        <source>Enter a name for the new term base.</source>
        <translation>请输入新术语库的名称。</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="6"/>
        <source>Concept</source>
        <translation>概念</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="12"/>
        <source>&amp;Term base:</source>
        <translation>术语库(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="26"/>
        <source>Name of the new term base</source>
        <translation>新术语库的名称</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="33"/>
        <source>&amp;Subject:</source>
        <translation>领域(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="45"/>
        <source>Sc&amp;ope:</source>
        <translation>适用范围(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="51"/>
        <source>A city or organisation, e.g. Chongqing</source>
        <translation>城市或机构，例如重庆</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="56"/>
        <source>Sou&amp;rce:</source>
        <translation>来源(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="62"/>
        <source>Where the rendering comes from</source>
        <translation>译法的出处</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="69"/>
        <source>Terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="79"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="80"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="81"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="82"/>
        <source>Part of speech</source>
        <translation>词性</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="83"/>
        <source>Usage note</source>
        <translation>用法说明</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="84"/>
        <source>Case-sensitive</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="91"/>
        <source>Add &amp;Chinese term</source>
        <translation>添加中文术语(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="96"/>
        <source>Add &amp;English term</source>
        <translation>添加英文术语(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="101"/>
        <source>Re&amp;move term</source>
        <translation>删除术语(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="118"/>
        <source>&amp;Definition:</source>
        <translation>定义(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/concept_dialog.ui" line="124"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ConceptModel</name>
    <message>
        <location filename="../../workbench/gui/termbase/concept_model.py" line="47"/>
        <source>Chinese terms</source>
        <translation>中文术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_model.py" line="48"/>
        <source>English terms</source>
        <translation>英文术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_model.py" line="49"/>
        <source>Forbidden</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_model.py" line="50"/>
        <source>Subject</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_model.py" line="51"/>
        <source>Term base</source>
        <translation>术语库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_model.py" line="52"/>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_model.py" line="272"/>
        <source>Concepts with a forbidden (deprecated) term</source>
        <translation>含禁用术语的概念</translation>
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
        <translation>检索失败：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/concordance.py" line="116"/>
        <source>Both sides</source>
        <translation>原文和译文</translation>
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
        <translation>译文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/concordance.py" line="138"/>
        <source>Searching…</source>
        <translation>正在检索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/tm/concordance.py" line="156"/>
        <source>%n unit(s) with “%1” (%2 ms)</source>
        <translation>
            <numerusform>%n 个翻译单元含“%1”（%2 毫秒）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/concordance.ui" line="16"/>
        <source>Search the memory: Chinese characters or English words</source>
        <translation>检索翻译记忆库：中文字词或英文单词</translation>
    </message>
    <message>
        <location filename="../../ui/concordance.ui" line="22"/>
        <source>Which side to search</source>
        <translation>检索哪一侧</translation>
    </message>
    <message>
        <location filename="../../ui/concordance.ui" line="27"/>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <location filename="../../ui/concordance.ui" line="35"/>
        <source>Select text in a segment and press Ctrl+Shift+C, or type here.</source>
        <translation>在句段中选中文字后按 Ctrl+Shift+C，或在此输入。</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="31"/>
        <source>Same Chinese term, different preferred English</source>
        <translation>中文术语相同，首选英文不同</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="34"/>
        <source>Same preferred English for different concepts</source>
        <translation>不同概念的首选英文相同</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="37"/>
        <source>Forbidden in one place, allowed in another</source>
        <translation>一处禁用、另一处允许</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="65"/>
        <source>Search again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="68"/>
        <source>All conflicts</source>
        <translation>全部冲突</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="84"/>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="91"/>
        <source>Looking for conflicts…</source>
        <translation>正在查找冲突…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="134"/>
        <source>%n conflict(s) found</source>
        <translation>
            <numerusform>发现 %n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/conflicts_dialog.py" line="136"/>
        <source>%1 of %2 conflicts shown</source>
        <translation>显示 %1 个冲突（共 %2 个）</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="6"/>
        <source>Term conflicts</source>
        <translation>术语冲突</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="22"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="37"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="39"/>
        <source>Term base</source>
        <translation>术语库</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="40"/>
        <source>Preferred English</source>
        <translation>首选英文</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="41"/>
        <source>Concept</source>
        <translation>概念</translation>
    </message>
    <message>
        <location filename="../../ui/term_conflicts.ui" line="47"/>
        <source>Double-click a term to open its concept in the manager.</source>
        <translation>双击术语可在管理器中打开其概念。</translation>
    </message>
</context>
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
    <message>
        <location filename="../../ui/document_list.ui" line="44"/>
        <source>Series:</source>
        <translation>栏目：</translation>
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
    <name>EditorView</name>
    <message>
        <location filename="../../workbench/gui/editor/view.py" line="245"/>
        <location filename="../../workbench/gui/editor/view.py" line="386"/>
        <source>This segment is locked.</source>
        <translation>此句段已锁定。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/editor/view.py" line="414"/>
        <source>Filled %n identical segment(s)</source>
        <translation>
            <numerusform>已填充 %n 个相同句段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/view.py" line="425"/>
        <source>Every segment is confirmed.</source>
        <translation>所有句段均已确认。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/view.py" line="473"/>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/view.py" line="497"/>
        <source>Split segment %1</source>
        <translation>拆分句段 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/view.py" line="530"/>
        <source>Merge segment %1</source>
        <translation>合并句段 %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../workbench/gui/errors.py" line="26"/>
        <source>ICC Workbench</source>
        <translation>国际传播编辑工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="32"/>
        <source>This is a bug. The details were written to the log.</source>
        <translation>这是程序错误，详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="35"/>
        <location filename="../../workbench/gui/errors.py" line="58"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="52"/>
        <source>This is a bug. A report was written to %1.</source>
        <translation>这是程序错误。报告已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="61"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/errors.py" line="63"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
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
        <translation>原文和译文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="47"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="48"/>
        <source>Target</source>
        <translation>译文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="64"/>
        <location filename="../../ui/find_replace.ui" line="14"/>
        <source>Find and replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="64"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="102"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="141"/>
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n 处替换</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/dialogs/find_replace.py" line="170"/>
        <source>Replaced in %n segment(s)</source>
        <translation>
            <numerusform>已在 %n 个句段中替换</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="22"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="39"/>
        <source>Replace with:</source>
        <translation>替换为：</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="56"/>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="73"/>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="80"/>
        <source>&amp;Whole words</source>
        <translation>全字匹配(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="87"/>
        <source>Regular e&amp;xpression</source>
        <translation>正则表达式(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="122"/>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="127"/>
        <source>Before</source>
        <translation>替换前</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="132"/>
        <source>After</source>
        <translation>替换后</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="142"/>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="152"/>
        <source>&amp;Preview replacements</source>
        <translation>预览替换(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="159"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="166"/>
        <source>Replace &amp;all</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/find_replace.ui" line="180"/>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>转到句段</translation>
    </message>
    <message>
        <location filename="../../ui/goto_segment.ui" line="22"/>
        <source>Segment number:</source>
        <translation>句段编号：</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../workbench/gui/dialogs/history.py" line="58"/>
        <source>Imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="77"/>
        <source>Import plan</source>
        <translation>导入计划</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/planner/import_dialog.py" line="81"/>
        <source>%1: %n row(s) under the header in row %2</source>
        <translation>
            <numerusform>%1：第 %2 行表头下共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="88"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="88"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="94"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
</context>
<context>
    <name>IssueAssemblyWindow</name>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="136"/>
        <source>Drag sections and articles to reorder them; drop an article on a section to put it at the end. Alt+↑/↓ moves the selection, Del takes articles out of the issue (they stay in the workspace).</source>
        <translation>拖动栏目和文章即可调整顺序；把文章拖到栏目上，会放到该栏目末尾。Alt+↑/↓ 移动所选内容，Del 将文章移出本期（文章仍保留在工作区中）。</translation>
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
        <translation>编排(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="202"/>
        <source>&amp;New publication…</source>
        <translation>新建刊物(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="203"/>
        <source>Publication &amp;properties…</source>
        <translation>刊物属性(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="204"/>
        <source>&amp;Delete publication…</source>
        <translation>删除刊物(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="205"/>
        <source>&amp;New issue…</source>
        <translation>新建一期(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="206"/>
        <source>Issue &amp;properties…</source>
        <translation>本期属性(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="207"/>
        <source>&amp;Delete issue…</source>
        <translation>删除本期(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="208"/>
        <source>P&amp;ublish issue…</source>
        <translation>出版本期(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="209"/>
        <source>Add &amp;section…</source>
        <translation>添加栏目(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="210"/>
        <source>&amp;Rename section…</source>
        <translation>重命名栏目(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="211"/>
        <source>&amp;Delete section…</source>
        <translation>删除栏目(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="212"/>
        <source>&amp;Add articles…</source>
        <translation>添加文章(&amp;A)…</translation>
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
        <translation>在编辑器中打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="217"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="218"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="239"/>
        <location filename="../../ui/issue_assembly.ui" line="276"/>
        <source>Assembly</source>
        <translation>编排</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="246"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="339"/>
        <source>No publications yet: Publication ▸ New publication… creates one.</source>
        <translation>还没有刊物：可通过“刊物 ▸ 新建刊物…”创建。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="341"/>
        <source>This publication has no issues yet: Issue ▸ New issue… adds one.</source>
        <translation>该刊物还没有任何一期：可通过“期 ▸ 新建一期…”添加。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="346"/>
        <source>%1 · %2 · first page %3 · %4 section(s), %n article(s)</source>
        <translation>
            <numerusform>%1 · %2 · 起始页码 %3 · %4 个栏目，%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="353"/>
        <source>Arrange ▸ Add section… starts the issue.</source>
        <translation>先通过“编排 ▸ 添加栏目…”开始编排本期。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="417"/>
        <source>%n articles selected</source>
        <translation>
            <numerusform>已选择 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/assembly_window.py" line="422"/>
        <source>Select an article to set its print options.</source>
        <translation>选择一篇文章以设置其印刷选项。</translation>
    </message>
    <message>
        <location filename="../../ui/issue_assembly.ui" line="14"/>
        <source>Issue assembly</source>
        <translation>期刊编排</translation>
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
        <translation>文章选项</translation>
    </message>
    <message>
        <location filename="../../ui/issue_assembly.ui" line="209"/>
        <source>Start on a &amp;right-hand page</source>
        <translation>从右页（单页码）开始(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/issue_assembly.ui" line="212"/>
        <source>Begin this article on an odd (right-hand) page, leaving a blank page before it if needed</source>
        <translation>本文从单页码（右页）开始排，必要时在前面留一个空白页</translation>
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
        <translation>新建一期</translation>
    </message>
    <message>
        <location filename="../../ui/issue_dialog.ui" line="14"/>
        <source>Issue properties</source>
        <translation>本期属性</translation>
    </message>
    <message>
        <location filename="../../ui/issue_dialog.ui" line="22"/>
        <source>&amp;Label:</source>
        <translation>期号(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/issue_dialog.ui" line="39"/>
        <source>&amp;Chinese title:</source>
        <translation>中文标题(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/issue_dialog.ui" line="56"/>
        <source>&amp;English title:</source>
        <translation>英文标题(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/issue_dialog.ui" line="73"/>
        <source>&amp;First page number:</source>
        <translation>起始页码(&amp;F)：</translation>
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
        <translation>新建内容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="137"/>
        <source>Content item</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="143"/>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="146"/>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="149"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="168"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="169"/>
        <source>Deadline (Beijing)</source>
        <translation>截止时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="170"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="171"/>
        <source>Effort (h)</source>
        <translation>工时（小时）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="172"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="266"/>
        <source>Not scheduled yet (an idea or the backlog).</source>
        <translation>尚未排期（选题或待办）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="268"/>
        <source>Unknown time zone: use a name like Europe/Madrid.</source>
        <translation>未知时区：请使用 Europe/Madrid 这样的名称。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/item_dialog.py" line="273"/>
        <source>= %1 Beijing time</source>
        <translation>= 北京时间 %1</translation>
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
        <translation>译文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/model.py" line="28"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/model.py" line="29"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/model.py" line="31"/>
        <source>edited</source>
        <translation>已人工调整</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/alignment/model.py" line="32"/>
        <source>Shared: %1</source>
        <translation>共有锚点：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="218"/>
        <location filename="../../workbench/gui/main_window.py" line="303"/>
        <location filename="../../workbench/gui/main_window.py" line="332"/>
        <source>ICC Workbench — 国际传播编辑工作台</source>
        <translation>国际传播编辑工作台 — ICC Workbench</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="vanished">导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a .txt or .docx file as a new document</source>
        <translation type="vanished">将 .txt 或 .docx 文件导入为新文档</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="vanished">刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back up workspace</source>
        <translation type="vanished">备份工作区(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About ICC Workbench</source>
        <translation type="vanished">关于国际传播编辑工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>ICC Workbench</source>
        <translation>国际传播编辑工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="20"/>
        <source>Open a document from the navigator on the left (double-click), or import one with File → Import.</source>
        <translation>在左侧导航栏中双击打开文档，或通过“文件 → 导入”导入文档。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="41"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="44"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>&amp;Segment</source>
        <translation>句段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="53"/>
        <source>&amp;Review</source>
        <translation>审校(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="56"/>
        <source>&amp;Terms</source>
        <translation>术语(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="59"/>
        <source>&amp;QA</source>
        <translation>质检(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="62"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="67"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="75"/>
        <source>Navigator</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="87"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="96"/>
        <source>Publications</source>
        <translation>出版物</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="116"/>
        <source>Term hits</source>
        <translation>术语匹配</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="127"/>
        <source>Term hits will appear here once the term base is available (term base issue).</source>
        <translation>术语库功能上线后，术语匹配将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="137"/>
        <source>TM matches</source>
        <translation>翻译记忆匹配</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="148"/>
        <source>Translation memory matches will appear here once the translation memory is available (alignment and TM issue).</source>
        <translation>翻译记忆库功能上线后，翻译记忆匹配将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="158"/>
        <source>QA findings</source>
        <translation>质量检查结果</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="169"/>
        <source>QA findings will appear here once the QA checks are available (QA issue).</source>
        <translation>质量检查功能上线后，检查结果将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="179"/>
        <source>Notes and history</source>
        <translation>备注和历史</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="190"/>
        <source>Segment note:</source>
        <translation>句段备注：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="196"/>
        <source>A note for this segment (saved when you leave the field)</source>
        <translation>本句段的备注（离开输入框时保存）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="201"/>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="222"/>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="vanished">全部</translation>
    </message>
    <message>
        <source>Chinese → English</source>
        <translation type="vanished">中译英</translation>
    </message>
    <message>
        <source>English → Chinese</source>
        <translation type="vanished">英译中</translation>
    </message>
    <message>
        <source>%1 of %2 documents</source>
        <translation type="vanished">显示 %1 篇，共 %2 篇文档</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="92"/>
        <source>&amp;Welcome…</source>
        <translation>欢迎(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="220"/>
        <source>Recent &amp;workspaces</source>
        <translation>最近的工作区(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/main_window.py" line="308"/>
        <source>Restored %n unsaved draft(s) from the last session</source>
        <translation>
            <numerusform>已恢复上次未保存的 %n 个草稿</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="358"/>
        <source>Confirmed %1 / %2</source>
        <translation>已确认 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="365"/>
        <source>Chinese %1 characters · English %2 words</source>
        <translation>中文 %1 字 · 英文 %2 词</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="382"/>
        <source>Selection: %1 segments, %2 characters, %3 words</source>
        <translation>选中：%1 个句段，%2 字，%3 词</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="440"/>
        <source>Target</source>
        <translation>译文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="441"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="442"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="443"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="444"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="445"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="446"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="469"/>
        <source>Segment %1 is hidden by the filter</source>
        <translation>句段 %1 被筛选条件隐藏</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="523"/>
        <source>The new interface language is used after a restart.</source>
        <translation>新的界面语言将在重启后生效。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="543"/>
        <source>Added while translating document %1</source>
        <translation>翻译文档 %1 时添加</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="565"/>
        <source>Term added to the term base.</source>
        <translation>术语已添加到术语库。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="592"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="596"/>
        <source>Workspaces (*.db);;All files (*)</source>
        <translation>工作区 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="598"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="600"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="634"/>
        <source>Documents (*.docx *.txt)</source>
        <translation>文档 (*.docx *.txt)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="635"/>
        <source>XLIFF and TMX files (*.xlf *.xliff *.sdlxliff *.tmx)</source>
        <translation>XLIFF 和 TMX 文件 (*.xlf *.xliff *.sdlxliff *.tmx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="636"/>
        <source>Text copied from a bilingual print PDF (*.txt)</source>
        <translation>从双语印刷版 PDF 复制的文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="639"/>
        <source>Import a document</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="641"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Documents (*.docx *.txt);;All files (*)</source>
        <translation type="vanished">文档 (*.docx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="659"/>
        <source>Imported %1 as document %2</source>
        <translation>已将 %1 导入为文档 %2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="667"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消导入，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="671"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="688"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="691"/>
        <source>About ICC Workbench</source>
        <translation>关于国际传播编辑工作台</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="704"/>
        <source>ICC Workbench %1
A bilingual editorial workbench for international communication centers.</source>
        <translation>国际传播编辑工作台 %1
面向国际传播中心的中英双语编辑工具。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="709"/>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="710"/>
        <source>Log folder: %1</source>
        <translation>日志文件夹：%1</translation>
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
        <translation>中译英</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/navigator.py" line="122"/>
        <source>English → Chinese</source>
        <translation>英译中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/navigator.py" line="132"/>
        <source>All series</source>
        <translation>全部栏目</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/navigator.py" line="134"/>
        <source>Series %1</source>
        <translation>栏目 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/navigator.py" line="157"/>
        <source>%1 of %2 documents</source>
        <translation>显示 %1 篇，共 %2 篇文档</translation>
    </message>
</context>
<context>
    <name>ObservancesDialog</name>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="254"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="255"/>
        <source>English name</source>
        <translation>英文名称</translation>
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
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="260"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="263"/>
        <source>Observances</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="296"/>
        <source>Row %1: %2 is not a number</source>
        <translation>第 %1 行：%2 不是数字</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="37"/>
        <source>Section / article</source>
        <translation>栏目 / 文章</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="39"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="40"/>
        <source>Right-hand page</source>
        <translation>右页起排</translation>
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
        <translation>逐段对照</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="46"/>
        <source>Side by side</source>
        <translation>左右对照</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="47"/>
        <source>English only</source>
        <translation>仅英文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="48"/>
        <source>Chinese only</source>
        <translation>仅中文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="153"/>
        <source>%1 article(s)</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/outline_model.py" line="161"/>
        <source>Section %1: its titles appear in the running headers</source>
        <translation>第 %1 个栏目：栏目标题用于页眉</translation>
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
        <translation>每周工时</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="150"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="151"/>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="154"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/team_dialogs.py" line="182"/>
        <source>Row %1: %2 is not a number of hours</source>
        <translation>第 %1 行：%2 不是有效的小时数</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="34"/>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="35"/>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="36"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="37"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="38"/>
        <source>Campaign</source>
        <translation>专题活动</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="39"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="40"/>
        <source>Publish (Beijing)</source>
        <translation>发布（北京时间）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="41"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="42"/>
        <source>Next deadline</source>
        <translation>下一截止</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/list_view.py" line="43"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>PlannerCalendar</name>
    <message>
        <location filename="../../workbench/gui/planner/calendar_delegate.py" line="200"/>
        <source>+%1 more</source>
        <translation>另有 %1 条</translation>
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
        <translation>专题活动</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="24"/>
        <source>&amp;Campaign</source>
        <translation>专题活动(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="32"/>
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="49"/>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
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
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="136"/>
        <source>Co&amp;lour:</source>
        <translation>颜色(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="153"/>
        <source>C&amp;hannels:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="175"/>
        <source>&amp;KPI targets (0 = none)</source>
        <translation>KPI 目标（0 = 无）(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="184"/>
        <source>&amp;Objectives and messages</source>
        <translation>目标与核心信息(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="190"/>
        <source>&amp;Objectives:</source>
        <translation>目标(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="203"/>
        <source>Key messages (&amp;Chinese):</source>
        <translation>核心信息（中文）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_campaign.ui" line="216"/>
        <source>Key messages (&amp;English):</source>
        <translation>核心信息（英文）(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>PlannerChannelsDialog</name>
    <message>
        <location filename="../../ui/planner_channels.ui" line="14"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/planner_channels.ui" line="23"/>
        <source>Where content is published, and the time zone its audience reads it in.</source>
        <translation>内容在哪里发布，以及该渠道受众所在的时区。</translation>
    </message>
    <message>
        <location filename="../../ui/planner_channels.ui" line="39"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_channels.ui" line="46"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_channels.ui" line="53"/>
        <source>Add &amp;standard channels</source>
        <translation>添加常用渠道(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PlannerCommands</name>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="105"/>
        <source>Item added to the plan.</source>
        <translation>内容已加入计划。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="119"/>
        <source>Item saved.</source>
        <translation>内容已保存。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="155"/>
        <source>A scheduled item cannot lose its date; move it instead.</source>
        <translation>已排期的内容不能取消日期；请改为调整日期。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="197"/>
        <source>Moved “%1” to %2; its open deadlines moved with it.</source>
        <translation>已将“%1”移到 %2，未完成环节的截止时间随之调整。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="215"/>
        <source>%n item(s) follow their linked document&apos;s status.</source>
        <translation>%n 条内容的状态跟随所关联的文档。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="229"/>
        <source>Delete item</source>
        <translation>删除内容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="229"/>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="239"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="240"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="282"/>
        <source>Delete series</source>
        <translation>删除系列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="283"/>
        <source>Delete the series “%1”? It has %n item(s).</source>
        <translation>删除系列“%1”？其中有 %n 条内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="287"/>
        <location filename="../../workbench/gui/planner/commands.py" line="369"/>
        <source>Delete it and its items</source>
        <translation>连同内容一起删除</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="288"/>
        <location filename="../../workbench/gui/planner/commands.py" line="370"/>
        <source>Delete it, keep the items</source>
        <translation>删除系列，保留内容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="319"/>
        <source>Planned the series “%1”: one item per solar term of %2.</source>
        <translation>已规划系列“%1”：%2 年每个节气一条内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="364"/>
        <source>Delete campaign</source>
        <translation>删除专题活动</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands.py" line="365"/>
        <source>Delete the campaign “%1”? It has %n item(s).</source>
        <translation>删除专题活动“%1”？其中有 %n 条内容。</translation>
    </message>
</context>
<context>
    <name>PlannerController</name>
    <message>
        <location filename="../../workbench/gui/planner/controller.py" line="50"/>
        <source>P&amp;lan</source>
        <translation>计划(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/controller.py" line="52"/>
        <source>&amp;Planner…</source>
        <translation>内容计划(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/controller.py" line="53"/>
        <source>New &amp;solar-term series…</source>
        <translation>新建节气系列(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/controller.py" line="54"/>
        <source>New &amp;campaign…</source>
        <translation>新建专题活动(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/controller.py" line="55"/>
        <source>Team &amp;workload…</source>
        <translation>团队工作量(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/controller.py" line="56"/>
        <source>Send the plan to &amp;Outlook (.ics)…</source>
        <translation>将计划发送到 Outlook（.ics）(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/controller.py" line="57"/>
        <source>&amp;Import plan…</source>
        <translation>导入计划(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>PlannerExchange</name>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="97"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="98"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="99"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="101"/>
        <source>Export the plan</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="120"/>
        <source>Exported %n entries to %1</source>
        <translation>已导出 %n 项到 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="129"/>
        <source>Import a plan</source>
        <translation>导入计划</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="129"/>
        <source>Plans (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>计划表 (*.xlsx *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="163"/>
        <source>%n item(s) would be imported.</source>
        <translation>将导入 %n 条内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="165"/>
        <source>%n item(s) imported.</source>
        <translation>已导入 %n 条内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="174"/>
        <source>New: %1.</source>
        <translation>新建：%1。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="184"/>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="184"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="191"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/commands_io.py" line="194"/>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
</context>
<context>
    <name>PlannerImport</name>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="28"/>
        <source>Chinese title</source>
        <translation>中文标题</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="29"/>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="30"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="31"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="32"/>
        <source>Campaign</source>
        <translation>专题活动</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="33"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="34"/>
        <source>Publish date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="35"/>
        <source>Publish time</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="36"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="38"/>
        <source>Document ID</source>
        <translation>文档 ID</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="39"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="42"/>
        <source>%1 deadline</source>
        <translation>%1截止</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/import_dialog.py" line="43"/>
        <source>%1 assignee</source>
        <translation>%1负责人</translation>
    </message>
</context>
<context>
    <name>PlannerImportDialog</name>
    <message>
        <location filename="../../ui/planner_import.ui" line="14"/>
        <source>Import plan</source>
        <translation>导入计划</translation>
    </message>
    <message>
        <location filename="../../ui/planner_import.ui" line="33"/>
        <source>Which column holds what: the choices are guessed from the headers; check them.</source>
        <translation>各列分别对应哪个字段：已根据表头推测，请核对。</translation>
    </message>
    <message>
        <location filename="../../ui/planner_import.ui" line="43"/>
        <source>Preview (first rows):</source>
        <translation>预览（前几行）：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_import.ui" line="59"/>
        <source>&amp;Create series, campaigns, channels and people that do not exist yet</source>
        <translation>自动创建尚不存在的系列、专题活动、渠道和人员(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_import.ui" line="82"/>
        <source>C&amp;heck without importing</source>
        <translation>只检查不导入(&amp;H)</translation>
    </message>
</context>
<context>
    <name>PlannerItemDialog</name>
    <message>
        <location filename="../../ui/planner_item.ui" line="14"/>
        <source>Content item</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="24"/>
        <source>&amp;General</source>
        <translation>基本信息(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="30"/>
        <source>&amp;Chinese title:</source>
        <translation>中文标题(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="47"/>
        <source>&amp;English title:</source>
        <translation>英文标题(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="64"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="77"/>
        <source>&amp;Series:</source>
        <translation>系列(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="90"/>
        <source>Ca&amp;mpaign:</source>
        <translation>专题活动(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="103"/>
        <source>C&amp;hannels:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="123"/>
        <source>&amp;Publish:</source>
        <translation>发布(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="148"/>
        <source>&amp;in</source>
        <translation>时区(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="180"/>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="193"/>
        <source>&amp;Document:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="206"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="227"/>
        <source>&amp;Stages</source>
        <translation>环节(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="236"/>
        <source>Deadlines are in Beijing time. A stage&apos;s bar on the timeline runs from the previous stage&apos;s deadline to its own.</source>
        <translation>截止时间均为北京时间。时间线上每个环节的色条从上一环节的截止时间画到本环节的截止时间。</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="248"/>
        <source>Set deadlines &amp;before publication</source>
        <translation>按发布日期倒排截止时间(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="271"/>
        <source>&amp;Results</source>
        <translation>传播效果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="280"/>
        <source>Measured after publication; “—” means not measured yet.</source>
        <translation>发布后统计；“—”表示尚未统计。</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="289"/>
        <source>&amp;Views:</source>
        <translation>浏览量(&amp;V)：</translation>
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
        <translation>点赞(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="347"/>
        <source>S&amp;hares:</source>
        <translation>转发(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="376"/>
        <source>C&amp;omments:</source>
        <translation>评论(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_item.ui" line="405"/>
        <source>&amp;Followers gained:</source>
        <translation>新增粉丝(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>PlannerItems</name>
    <message>
        <location filename="../../workbench/gui/planner/items.py" line="48"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/items.py" line="92"/>
        <source>Not scheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/items.py" line="94"/>
        <source>%1 Beijing time</source>
        <translation>北京时间 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/items.py" line="100"/>
        <source>(%1 %2 in %3)</source>
        <translation>（%3 当地 %1 %2）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/items.py" line="113"/>
        <source>Publishes %1</source>
        <translation>发布：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/items.py" line="115"/>
        <source>The calendar shows every item on its Beijing-time day.</source>
        <translation>日历按北京时间的日期显示每条内容。</translation>
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
        <translation>“%2”的%1截止：北京时间 %3 — %4</translation>
    </message>
</context>
<context>
    <name>PlannerLabels</name>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="26"/>
        <source>Idea</source>
        <translation>选题</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="27"/>
        <location filename="../../workbench/gui/planner/labels.py" line="76"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="28"/>
        <source>Drafting</source>
        <translation>撰稿中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="29"/>
        <source>Translating</source>
        <translation>翻译中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="30"/>
        <source>In review</source>
        <translation>审校中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="31"/>
        <source>Approved</source>
        <translation>已审定</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="32"/>
        <source>Published</source>
        <translation>已发布</translation>
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
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="38"/>
        <source>Photo story</source>
        <translation>图片故事</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="39"/>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="40"/>
        <source>Social media post</source>
        <translation>社交媒体帖文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="41"/>
        <source>Print feature</source>
        <translation>纸刊专稿</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="44"/>
        <source>Draft</source>
        <translation>初稿</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="45"/>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="46"/>
        <source>Review</source>
        <translation>审校</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="47"/>
        <source>Approval</source>
        <translation>审定</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="48"/>
        <source>Publication</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="52"/>
        <source>D</source>
        <translation>初</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="53"/>
        <source>T</source>
        <translation>译</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="54"/>
        <source>R</source>
        <translation>审</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="55"/>
        <source>A</source>
        <translation>定</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="56"/>
        <source>P</source>
        <translation>发</translation>
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
        <translation>网站</translation>
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
        <translation>纸刊</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="68"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="71"/>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="72"/>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="73"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="77"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="78"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="83"/>
        <source>Views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="84"/>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="85"/>
        <source>Shares</source>
        <translation>转发</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="86"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="87"/>
        <source>Followers gained</source>
        <translation>新增粉丝</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="90"/>
        <source>translator</source>
        <translation>译员</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="91"/>
        <source>editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="92"/>
        <source>reviewer</source>
        <translation>审校</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="93"/>
        <source>designer</source>
        <translation>设计</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="94"/>
        <source>lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="97"/>
        <source>Keep deadlines on holidays and weekends</source>
        <translation>节假日和周末的截止时间保持不变</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="98"/>
        <source>Move such deadlines to the working day before</source>
        <translation>此类截止时间提前到前一个工作日</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="101"/>
        <source>Move such deadlines to the working day after</source>
        <translation>此类截止时间顺延到后一个工作日</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="104"/>
        <source>Leave out items with such deadlines</source>
        <translation>跳过截止时间落在节假日的内容</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="107"/>
        <source>Solar term</source>
        <translation>节气</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="108"/>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="109"/>
        <source>Public holiday</source>
        <translation>法定假日</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="110"/>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/labels.py" line="111"/>
        <source>Observance</source>
        <translation>纪念日</translation>
    </message>
</context>
<context>
    <name>PlannerLoading</name>
    <message>
        <location filename="../../workbench/gui/planner/loading.py" line="39"/>
        <source>%n item(s) this month. Drag an item to another day to move it (its stage deadlines move with it); double-click an item to open it, an empty day to plan one. Days and times are Beijing time.</source>
        <translation>本月 %n 条内容。把内容拖到另一天即可改期（各环节截止时间随之调整）；双击内容打开，双击空白日期新建。日期和时间均为北京时间。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/loading.py" line="58"/>
        <source>%n item(s) this week. Times are Beijing time.</source>
        <translation>本周 %n 条内容。时间均为北京时间。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/loading.py" line="76"/>
        <source>Each stage runs from the previous stage&apos;s deadline to its own; ◆ is the publication. Choose a campaign in the filter to see its whole span.</source>
        <translation>每个环节从上一环节的截止时间延续到本环节的截止时间；◆ 表示发布。在筛选中选择专题活动可查看其完整周期。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/loading.py" line="93"/>
        <source>Drag a card to another column to change its status.</source>
        <translation>把卡片拖到另一列即可更改状态。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/loading.py" line="101"/>
        <source>%n item(s). Double-click one to open it.</source>
        <translation>共 %n 条内容。双击打开。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/loading.py" line="111"/>
        <source>Planned hours are the effort of the open stages due in each ISO week; work already late counts in the current week.</source>
        <translation>计划工时为每个 ISO 周内到期、尚未完成的环节工时之和；已逾期的工作计入本周。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/loading.py" line="121"/>
        <source>Results are summed over the campaign&apos;s items (item ▸ Results tab).</source>
        <translation>效果数据为该专题活动所有内容之和（内容 ▸ 传播效果）。</translation>
    </message>
</context>
<context>
    <name>PlannerObservancesDialog</name>
    <message>
        <location filename="../../ui/planner_observances.ui" line="14"/>
        <source>Observances</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <location filename="../../ui/planner_observances.ui" line="23"/>
        <source>Days the team marks on its calendar: international days, anniversaries. Leave the year empty for a day that comes back every year.</source>
        <translation>团队在日历上标注的日子：国际日、周年纪念等。每年都有的日子请将年份留空。</translation>
    </message>
    <message>
        <location filename="../../ui/planner_observances.ui" line="39"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_observances.ui" line="46"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PlannerPeopleDialog</name>
    <message>
        <location filename="../../ui/planner_people.ui" line="14"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/planner_people.ui" line="23"/>
        <source>The team: roles (comma-separated: translator, editor, reviewer, designer, lead), the hours each can give to planned work in a week, and an e-mail address for calendar invitations.</source>
        <translation>团队成员：角色（以逗号分隔：translator 译员、editor 编辑、reviewer 审校、designer 设计、lead 负责人）、每周可投入计划工作的小时数，以及接收日历邀请的电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../ui/planner_people.ui" line="39"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_people.ui" line="46"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PlannerReport</name>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="97"/>
        <source>Choose a campaign to see its results.</source>
        <translation>选择一个专题活动以查看其效果。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="106"/>
        <source>%1 · %2 item(s), %3 published</source>
        <translation>%1 · %2 条内容，已发布 %3 条</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="107"/>
        <source>no dates</source>
        <translation>未定日期</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="117"/>
        <source>No KPI targets and no results yet: set targets in the campaign, record results in its items.</source>
        <translation>尚无 KPI 目标和效果数据：请在专题活动中设定目标，在各条内容中记录效果。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="154"/>
        <source>%1 of %2 target (%3%)</source>
        <translation>%1 / 目标 %2（%3%）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="160"/>
        <source>%1 (no target)</source>
        <translation>%1（无目标）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="175"/>
        <source>target; bars: results summed over the campaign&apos;s items</source>
        <translation>目标；色条：该专题活动各内容效果之和</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="223"/>
        <source>&amp;Campaign:</source>
        <translation>专题活动(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/report_view.py" line="224"/>
        <source>Export &amp;PNG…</source>
        <translation>导出 PNG(&amp;P)…</translation>
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
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_series.ui" line="39"/>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_series.ui" line="56"/>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_series.ui" line="76"/>
        <source>Co&amp;lour:</source>
        <translation>颜色(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_series.ui" line="93"/>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_series.ui" line="106"/>
        <source>C&amp;hannels:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_series.ui" line="128"/>
        <source>Default &amp;team (who does each stage)</source>
        <translation>默认团队（各环节负责人）(&amp;T)</translation>
    </message>
</context>
<context>
    <name>PlannerSolarSeriesDialog</name>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="14"/>
        <source>New solar-term series</source>
        <translation>新建节气系列</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="22"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="45"/>
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="58"/>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="71"/>
        <source>&amp;Publish at (Beijing):</source>
        <translation>发布时间（北京）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="88"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="101"/>
        <source>&amp;Holidays:</source>
        <translation>节假日(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="114"/>
        <source>Co&amp;lour:</source>
        <translation>颜色(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="131"/>
        <source>C&amp;hannels:</source>
        <translation>渠道(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_solar_series.ui" line="153"/>
        <source>Stages: days before publication and who does them</source>
        <translation>环节：提前天数与负责人</translation>
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
        <translation>此期间没有内容。</translation>
    </message>
</context>
<context>
    <name>PlannerWindow</name>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="187"/>
        <source>Filter by title, series, campaign, channel, assignee…</source>
        <translation>按标题、系列、专题活动、渠道、负责人筛选…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="226"/>
        <source>Previous (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="227"/>
        <source>Next (Page Down)</source>
        <translation>下一页（Page Down）</translation>
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
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="245"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="246"/>
        <source>&amp;Export / import</source>
        <translation>导出/导入(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="249"/>
        <source>New content &amp;item…</source>
        <translation>新建内容(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="250"/>
        <source>New &amp;series…</source>
        <translation>新建系列(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="251"/>
        <source>New s&amp;olar-term series…</source>
        <translation>新建节气系列(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="252"/>
        <source>New &amp;campaign…</source>
        <translation>新建专题活动(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="253"/>
        <source>Edit the filtered series…</source>
        <translation>编辑筛选中的系列…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="254"/>
        <source>Delete the filtered series…</source>
        <translation>删除筛选中的系列…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="255"/>
        <source>Edit the filtered campaign…</source>
        <translation>编辑筛选中的专题活动…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="256"/>
        <source>Delete the filtered campaign…</source>
        <translation>删除筛选中的专题活动…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="257"/>
        <source>&amp;People…</source>
        <translation>人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="258"/>
        <source>C&amp;hannels…</source>
        <translation>渠道(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="259"/>
        <source>&amp;Observances…</source>
        <translation>纪念日(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="260"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="261"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="262"/>
        <source>iCalendar (.ics) for Outlook…</source>
        <translation>iCalendar（.ics，用于 Outlook）…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="263"/>
        <source>iCalendar with stage deadlines…</source>
        <translation>iCalendar（含各环节截止时间）…</translation>
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
        <translation>导入计划(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="310"/>
        <location filename="../../ui/planner_window.ui" line="14"/>
        <location filename="../../ui/planner_window.ui" line="356"/>
        <source>Planner</source>
        <translation>内容计划</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="338"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/window.py" line="412"/>
        <source>Week %1: %2 – %3, %4</source>
        <translation>%4 年第 %1 周：%2 – %3</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="30"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="67"/>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="80"/>
        <source>Stage &amp;deadlines</source>
        <translation>环节截止(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="86"/>
        <source>Show each stage&apos;s deadline as a small marker on its day</source>
        <translation>在截止日期上以小标记显示各环节的截止时间</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="97"/>
        <source>&amp;Series:</source>
        <translation>系列(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="114"/>
        <source>Ca&amp;mpaign:</source>
        <translation>专题活动(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="131"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="148"/>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="165"/>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="185"/>
        <source>Clear the filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="211"/>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="230"/>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/planner_window.ui" line="249"/>
        <source>T&amp;imeline</source>
        <translation>时间线(&amp;I)</translation>
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
        <translation>报告(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="63"/>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="70"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="71"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="72"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="94"/>
        <source>QA profiles</source>
        <translation>质检方案</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/preferences.py" line="95"/>
        <source>User dictionary</source>
        <translation>用户词典</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="14"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="20"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="27"/>
        <source>Your name (recorded in history):</source>
        <translation>您的姓名（记录在历史中）：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="40"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="53"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="66"/>
        <source>Chinese font:</source>
        <translation>中文字体：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="79"/>
        <source>English font:</source>
        <translation>英文字体：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="92"/>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="108"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="115"/>
        <source>Save unconfirmed typing every:</source>
        <translation>未确认内容自动保存间隔：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="131"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="138"/>
        <source>Backups to keep:</source>
        <translation>保留备份份数：</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="158"/>
        <source>Fill identical untranslated segments when confirming (auto-propagation)</source>
        <translation>确认时自动填充相同的未翻译句段（自动传播）</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="165"/>
        <source>Pre-fill 100 % and context matches from the translation memory when a document opens</source>
        <translation>打开文档时用翻译记忆库中的 100% 匹配和语境匹配预填译文</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.ui" line="174"/>
        <source>A new interface language is used after a restart.</source>
        <translation>新的界面语言将在重启后生效。</translation>
    </message>
</context>
<context>
    <name>PublicationDialog</name>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="68"/>
        <source>New publication</source>
        <translation>新建刊物</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="68"/>
        <location filename="../../ui/publication_dialog.ui" line="14"/>
        <source>Publication properties</source>
        <translation>刊物属性</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="98"/>
        <source>As in the template</source>
        <translation>沿用模板</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="153"/>
        <source>Choose a reference template</source>
        <translation>选择参考模板</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="155"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word 文档和模板 (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="162"/>
        <location filename="../../ui/publication_dialog.ui" line="278"/>
        <source>&amp;Inside:</source>
        <translation>内侧(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publication_dialog.py" line="163"/>
        <location filename="../../ui/publication_dialog.ui" line="304"/>
        <source>O&amp;utside:</source>
        <translation>外侧(&amp;U)：</translation>
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
        <translation>常规</translation>
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
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="79"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="87"/>
        <source>T&amp;rim size:</source>
        <translation>开本(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="100"/>
        <source>Custom si&amp;ze:</source>
        <translation>自定义尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="180"/>
        <source>Tem&amp;plate:</source>
        <translation>模板(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="208"/>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="220"/>
        <source>Margins</source>
        <translation>页边距</translation>
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
        <translation>装订线(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="356"/>
        <source>&amp;Header distance:</source>
        <translation>页眉距边界(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="382"/>
        <source>&amp;Footer distance:</source>
        <translation>页脚距边界(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="408"/>
        <source>&amp;Mirror margins (facing pages: inside at the spine)</source>
        <translation>对称页边距(&amp;M)（对开页：内侧靠书脊）</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="432"/>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="438"/>
        <source>Empty fields keep the fonts of the template&apos;s styles.</source>
        <translation>留空则沿用模板样式中的字体。</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="448"/>
        <source>Chinese &amp;body text:</source>
        <translation>中文正文(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="465"/>
        <source>Chinese &amp;headings:</source>
        <translation>中文标题(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="482"/>
        <source>English b&amp;ody text:</source>
        <translation>英文正文(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/publication_dialog.ui" line="499"/>
        <source>English h&amp;eadings:</source>
        <translation>英文标题(&amp;E)：</translation>
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
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 · %4 · %5 个栏目，共 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="136"/>
        <source>Render the DOCX with LibreOffice into a PDF proof</source>
        <translation>用 LibreOffice 将 DOCX 转成 PDF 校样</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="141"/>
        <source>PDF proofs need LibreOffice, which was not found on this computer</source>
        <translation>生成 PDF 校样需要 LibreOffice，但本机未找到</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="147"/>
        <source>This issue has no articles yet: add some in Issue assembly.</source>
        <translation>本期还没有文章：请先在“期刊编排”中添加。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="160"/>
        <source>Save the issue as</source>
        <translation>将本期保存为</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="162"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="202"/>
        <source>Choose where to save the issue.</source>
        <translation>请选择本期的保存位置。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="207"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="237"/>
        <source>Publishing %1…</source>
        <translation>正在生成 %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="259"/>
        <source>Issue published</source>
        <translation>本期已生成</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="261"/>
        <source>Saved %1: %2 article(s), %3 paragraph(s).</source>
        <translation>已保存 %1：%2 篇文章，%3 个段落。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="267"/>
        <source>PDF proof: %1</source>
        <translation>PDF 校样：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="272"/>
        <source>%1 warning(s): see the details.</source>
        <translation>%1 条警告：请查看详细信息。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="275"/>
        <source>Open &amp;DOCX</source>
        <translation>打开 DOCX(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/publish_dialog.py" line="279"/>
        <source>Open &amp;PDF</source>
        <translation>打开 PDF(&amp;P)</translation>
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
        <translation>使用直角引号「」代替“”(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.ui" line="65"/>
        <source>&amp;Normalise punctuation (full-width in Chinese, half-width in English)</source>
        <translation>规范标点(&amp;N)（中文用全角，英文用半角）</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.ui" line="72"/>
        <source>Table of &amp;contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.ui" line="79"/>
        <source>Save &amp;as:</source>
        <translation>保存为(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.ui" line="107"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/publish_dialog.ui" line="117"/>
        <source>Also make a PDF pr&amp;oof</source>
        <translation>同时生成 PDF 校样(&amp;O)</translation>
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
        <translation>期刊编排(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="75"/>
        <source>&amp;Publish issue…</source>
        <translation>出版本期(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="76"/>
        <source>&amp;Export review document…</source>
        <translation>导出审校文档(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="77"/>
        <source>&amp;Import review document…</source>
        <translation>导入审校文档(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="94"/>
        <source>Import a review document</source>
        <translation>导入审校文档</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="96"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="148"/>
        <source>Choose the issue to publish, then Issue ▸ Publish issue…</source>
        <translation>请选择要出版的一期，然后点“期 ▸ 出版本期…”</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="170"/>
        <source>Issue saved to %1</source>
        <translation>本期已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="207"/>
        <source>Open in issue assembly</source>
        <translation>在期刊编排中打开</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="208"/>
        <source>Publish issue…</source>
        <translation>出版本期…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="210"/>
        <source>Issue assembly…</source>
        <translation>期刊编排…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="223"/>
        <source>Open the document to export for review first.</source>
        <translation>请先打开要导出审校的文档。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="266"/>
        <source>Review document saved to %1</source>
        <translation>审校文档已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="269"/>
        <source>Review document exported</source>
        <translation>审校文档已导出</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="270"/>
        <source>Saved %1. Send it to the reviewer; import it when it comes back.</source>
        <translation>已保存 %1。请发给审校人员，返回后再导入。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="276"/>
        <source>Open &amp;DOCX</source>
        <translation>打开 DOCX(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="283"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/controller.py" line="311"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/publishing/controller.py" line="339"/>
        <source>Review imported: %n segment(s) updated.</source>
        <translation>
            <numerusform>审校结果已导入：更新了 %n 个句段。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishingLabels</name>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="48"/>
        <source>Custom %1 × %2 mm</source>
        <translation>自定义 %1 × %2 毫米</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="78"/>
        <source>Default template</source>
        <translation>默认模板</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="80"/>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="108"/>
        <source>Interleaved, Chinese first</source>
        <translation>中英对照（逐段，中文在前）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="112"/>
        <source>Interleaved, English first</source>
        <translation>中英对照（逐段，英文在前）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="114"/>
        <source>Side by side (two columns)</source>
        <translation>左右对照（双栏）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="118"/>
        <source>English only</source>
        <translation>仅英文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="119"/>
        <source>Chinese only</source>
        <translation>仅中文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="122"/>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="123"/>
        <source>Traditional Chinese (Hong Kong)</source>
        <translation>繁体（香港）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/labels.py" line="124"/>
        <source>Traditional Chinese (Taiwan)</source>
        <translation>繁体（台湾）</translation>
    </message>
</context>
<context>
    <name>QAController</name>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="137"/>
        <source>Whole workspace</source>
        <translation>整个工作区</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="144"/>
        <source>Issue %1</source>
        <translation>第 %1 期</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="154"/>
        <source>Nothing to check.</source>
        <translation>没有可检查的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/qa/controller.py" line="185"/>
        <source>QA found %n open finding(s)</source>
        <translation>
            <numerusform>质检发现 %n 个待处理问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="193"/>
        <source>QA run cancelled.</source>
        <translation>已取消质检。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="199"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="302"/>
        <source>That segment is hidden by the filter.</source>
        <translation>该句段被筛选条件隐藏了。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="323"/>
        <source>Run QA on this document first (F7).</source>
        <translation>请先对本文档运行质检（F7）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="331"/>
        <source>No open QA findings in this document.</source>
        <translation>本文档没有待处理的质检问题。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="358"/>
        <source>Fix QA findings</source>
        <translation>修复质检问题</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="369"/>
        <source>Fix all: %1</source>
        <translation>全部修复：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/qa/controller.py" line="388"/>
        <source>%n locked segment(s) left unchanged.</source>
        <translation>
            <numerusform>%n 个已锁定句段未作修改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="390"/>
        <source>Nothing to fix: the segments changed since the check ran.</source>
        <translation>没有可修复的内容：检查之后句段已被修改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/qa/controller.py" line="392"/>
        <source>Fixed %n segment(s) (Ctrl+Z undoes).</source>
        <translation>
            <numerusform>已修复 %n 个句段（Ctrl+Z 可撤销）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="405"/>
        <source>Ignore QA finding</source>
        <translation>忽略质检问题</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="406"/>
        <source>Why is this not a problem? (The reason is kept with the finding.)</source>
        <translation>为什么这不是问题？（理由将随该问题一起保存。）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="412"/>
        <source>Ignoring a finding needs a reason.</source>
        <translation>忽略问题时须填写理由。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="463"/>
        <source>Added to the user dictionary: %1</source>
        <translation>已加入用户词典：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="471"/>
        <source>HTML page (*.html)</source>
        <translation>HTML 网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="471"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="474"/>
        <source>Export QA report</source>
        <translation>导出质检报告</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="490"/>
        <source>QA report</source>
        <translation>质检报告</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="510"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/controller.py" line="513"/>
        <source>QA report saved to %1</source>
        <translation>质检报告已保存到 %1</translation>
    </message>
</context>
<context>
    <name>QAPanel</name>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="136"/>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="137"/>
        <source>Apply the suggested fix to the selected findings (Ctrl+Z undoes it)</source>
        <translation>对所选问题应用建议的修改（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="142"/>
        <source>Fix all of this kind</source>
        <translation>全部修复此类问题</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="143"/>
        <source>Fix every open finding of the selected check in this document, in one step</source>
        <translation>一次修复本文档中所选检查项的全部待处理问题</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="149"/>
        <source>Ignore…</source>
        <translation>忽略…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="150"/>
        <source>Ignore the selected findings, giving a reason (kept until the text changes)</source>
        <translation>忽略所选问题并注明理由（文本改动前一直有效）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="155"/>
        <source>Un-ignore</source>
        <translation>取消忽略</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="156"/>
        <source>Show the selected ignored findings as open again</source>
        <translation>将所选的已忽略问题恢复为待处理</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="161"/>
        <source>Add to dictionary</source>
        <translation>加入词典</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="162"/>
        <source>Add the flagged words to the workspace&apos;s user dictionary</source>
        <translation>将标出的词加入本工作区的用户词典</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="168"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="169"/>
        <source>Save the findings as an HTML page or an Excel workbook</source>
        <translation>将问题保存为 HTML 网页或 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="174"/>
        <source>Show ignored</source>
        <translation>显示已忽略</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="175"/>
        <source>Show ignored findings too (greyed, with their reason)</source>
        <translation>同时显示已忽略的问题（灰色，附理由）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="283"/>
        <source>%1 (%2 open, %3 ignored)</source>
        <translation>%1（%2 个待处理，%3 个已忽略）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="304"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="304"/>
        <source>Target</source>
        <translation>译文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="337"/>
        <source>Ignored: %1</source>
        <translation>已忽略：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="345"/>
        <source>Error</source>
        <translation>错误</translation>
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
        <translation>按 F7 检查本文档。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="357"/>
        <source>%1 units checked: %2 errors, %3 warnings, %4 info</source>
        <translation>已检查 %1 个句段：错误 %2，警告 %3，提示 %4</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/panel.py" line="364"/>
        <source> · %1 ignored</source>
        <translation> · 已忽略 %1</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="16"/>
        <source>Run</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="17"/>
        <source>Run the checks (F7: this document)</source>
        <translation>运行检查（F7：当前文档）</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="25"/>
        <source>QA profile: which checks run, and how severe each is (edit profiles in Preferences)</source>
        <translation>质检方案：运行哪些检查项及其严重程度（在首选项中编辑）</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="54"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="55"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="56"/>
        <source>Side</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="58"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="57"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/qa_panel.ui" line="59"/>
        <source>Document</source>
        <translation>文档</translation>
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
        <translation>默认（%1）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="127"/>
        <source>Error</source>
        <translation>错误</translation>
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
        <translation>%1（内置）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="162"/>
        <source>New QA profile</source>
        <translation>新建质检方案</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="162"/>
        <source>Name of the new profile:</source>
        <translation>新方案的名称：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="204"/>
        <source>Reset built-in</source>
        <translation>恢复内置设置</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="204"/>
        <location filename="../../ui/qa_profiles.ui" line="30"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="231"/>
        <source>Defaults: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="267"/>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="268"/>
        <source>write a JSON object, e.g. {&quot;name&quot;: value}</source>
        <translation>请写成 JSON 对象，例如 {&quot;name&quot;: value}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="269"/>
        <source>unknown option %1 (known: %2)</source>
        <translation>未知选项 %1（可用：%2）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/qa/profiles_page.py" line="270"/>
        <source>%1 expects a value like %2</source>
        <translation>%1 的值应类似 %2</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="11"/>
        <source>Profiles:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="24"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="25"/>
        <source>A new profile, starting as a copy of the selected one</source>
        <translation>以所选方案为副本新建方案</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="41"/>
        <source>Checks in this profile:</source>
        <translation>本方案的检查项：</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="53"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="54"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="55"/>
        <source>Options (JSON)</source>
        <translation>选项（JSON）</translation>
    </message>
    <message>
        <location filename="../../ui/qa_profiles.ui" line="60"/>
        <source>Tick a check to run it. Options are JSON, e.g. {&quot;en_per_zh_max&quot;: 8}; an empty cell keeps the defaults.</source>
        <translation>勾选即运行该检查项。选项用 JSON 表示，例如 {&quot;en_per_zh_max&quot;: 8}；留空则使用默认值。</translation>
    </message>
</context>
<context>
    <name>ReviewExportDialog</name>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="68"/>
        <source>Document: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>文档：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="83"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="91"/>
        <source>Save the review document as</source>
        <translation>将审校文档保存为</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="93"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/review_export.ui" line="14"/>
        <source>Export review document</source>
        <translation>导出审校文档</translation>
    </message>
    <message>
        <location filename="../../ui/review_export.ui" line="30"/>
        <source>A Word table the reviewer edits and sends back; import it with Publishing ▸ Import review document.</source>
        <translation>审校人员在 Word 表格中修改后发回；再通过“出版 ▸ 导入审校文档”导入。</translation>
    </message>
    <message>
        <location filename="../../ui/review_export.ui" line="40"/>
        <source>Segments to include</source>
        <translation>包含的句段</translation>
    </message>
    <message>
        <location filename="../../ui/review_export.ui" line="50"/>
        <source>Save &amp;as:</source>
        <translation>保存为(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/review_export.ui" line="63"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>ReviewImportResultDialog</name>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="144"/>
        <source>%1 updated · %2 unchanged · %3 conflict(s) · %4 skipped row(s) · %5 locked</source>
        <translation>更新 %1 · 未变 %2 · 冲突 %3 · 跳过 %4 行 · 锁定 %5</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="155"/>
        <source>Tracked changes were accepted (%1 change(s)).</source>
        <translation>已接受修订（%1 处修改）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="157"/>
        <source>Tracked changes were rejected (%1 change(s) ignored).</source>
        <translation>已拒绝修订（忽略 %1 处修改）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="161"/>
        <source>%1 Word comment(s) went into segment notes.</source>
        <translation>%1 条 Word 批注已写入句段备注。</translation>
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
        <translation>现在的译文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="174"/>
        <source>Exported</source>
        <translation>导出时</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="175"/>
        <source>Workspace now</source>
        <translation>工作区现状</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="176"/>
        <source>Reviewer</source>
        <translation>审校人员的修改</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="190"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="190"/>
        <source>Segment ID</source>
        <translation>句段编号</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="190"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="190"/>
        <source>Text</source>
        <translation>文本</translation>
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
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/review_dialogs.py" line="203"/>
        <location filename="../../ui/review_import_result.ui" line="97"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
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
        <translation>审校文档已导入</translation>
    </message>
</context>
<context>
    <name>SectionDialog</name>
    <message>
        <location filename="../../workbench/gui/publishing/dialogs.py" line="75"/>
        <source>New section</source>
        <translation>新建栏目</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/publishing/dialogs.py" line="77"/>
        <source>Rename section</source>
        <translation>重命名栏目</translation>
    </message>
    <message>
        <location filename="../../ui/section_dialog.ui" line="14"/>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../ui/section_dialog.ui" line="22"/>
        <source>&amp;Chinese title:</source>
        <translation>中文标题(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/section_dialog.ui" line="39"/>
        <source>&amp;English title:</source>
        <translation>英文标题(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/section_dialog.ui" line="58"/>
        <source>Section titles appear in the running headers of their pages.</source>
        <translation>栏目标题会出现在所在页的页眉中。</translation>
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
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/filter_bar.py" line="65"/>
        <source>Show only segments with open QA findings</source>
        <translation>只显示有待处理质检问题的句段</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/filter_bar.py" line="67"/>
        <source>Run QA on this document (F7) to filter by its findings</source>
        <translation>对本文档运行质检（F7）后即可按问题筛选</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/editor/filter_bar.py" line="79"/>
        <source>%n segment(s) shown</source>
        <translation>
            <numerusform>显示 %n 个句段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/segment_filter.ui" line="13"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../ui/segment_filter.ui" line="22"/>
        <source>Text in source or target…</source>
        <translation>原文或译文中的文字…</translation>
    </message>
    <message>
        <location filename="../../ui/segment_filter.ui" line="28"/>
        <source>With notes</source>
        <translation>有备注</translation>
    </message>
    <message>
        <location filename="../../ui/segment_filter.ui" line="33"/>
        <source>With QA findings</source>
        <translation>有质检问题</translation>
    </message>
    <message>
        <source>Available once the QA checks are in place (QA issue).</source>
        <translation type="vanished">质量检查功能上线后可用。</translation>
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
        <translation>句段历史</translation>
    </message>
    <message>
        <location filename="../../ui/segment_history.ui" line="50"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/segment_history.ui" line="55"/>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../ui/segment_history.ui" line="60"/>
        <source>What</source>
        <translation>内容</translation>
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
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/segment_model.py" line="35"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/segment_model.py" line="36"/>
        <source>Target</source>
        <translation>译文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/segment_model.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>已翻译</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/status.py" line="15"/>
        <source>Reviewed</source>
        <translation>已审校</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/status.py" line="16"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/status.py" line="17"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="85"/>
        <source>New series</source>
        <translation>新建系列</translation>
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
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.ui" line="20"/>
        <source>Everything in the editor can be done from the keyboard.</source>
        <translation>编辑器中的所有操作都可以用键盘完成。</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.ui" line="43"/>
        <source>Keys</source>
        <translation>按键</translation>
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
        <translation>新建节气系列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="206"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="206"/>
        <source>Days before</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="206"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="206"/>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/dialogs.py" line="259"/>
        <source>%1 items, one per solar term: %2 on %3 … %4 on %5 (Beijing dates).</source>
        <translation>共 %1 条内容，每个节气一条：%3 %2 … %5 %4（北京时间日期）。</translation>
    </message>
</context>
<context>
    <name>TMController</name>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="101"/>
        <source>T&amp;M</source>
        <translation>翻译记忆库(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="103"/>
        <source>&amp;Concordance search</source>
        <translation>语料检索(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="104"/>
        <source>&amp;Pre-fill exact matches</source>
        <translation>预填完全匹配(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="105"/>
        <source>&amp;Import TMX into TM…</source>
        <translation>将 TMX 导入翻译记忆库(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="106"/>
        <source>&amp;Align document…</source>
        <translation>对齐文档(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="110"/>
        <source>Concordance</source>
        <translation>语料检索</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="155"/>
        <source>Open a document to see translation memory matches.</source>
        <translation>打开文档即可查看翻译记忆库匹配。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="233"/>
        <source>Pre-fill from translation memory</source>
        <translation>用翻译记忆库预填</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/tm/controller.py" line="246"/>
        <source>Pre-filled %n segment(s) from the translation memory</source>
        <translation>
            <numerusform>已用翻译记忆库预填 %n 个句段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="272"/>
        <source>Import TMX into the translation memory</source>
        <translation>将 TMX 导入翻译记忆库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="274"/>
        <source>Translation memories (*.tmx);;All files (*)</source>
        <translation>翻译记忆库 (*.tmx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="292"/>
        <source>Imported %1 translation units from %2 in %3 s</source>
        <translation>已从 %2 导入 %1 个翻译单元，用时 %3 秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/tm/controller.py" line="297"/>
        <source>(%n without a translation skipped)</source>
        <translation>
            <numerusform>（跳过 %n 个无译文的单元）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="303"/>
        <source>TMX import cancelled; nothing was added.</source>
        <translation>已取消 TMX 导入，未添加任何内容。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/controller.py" line="307"/>
        <source>Importing %1 into the translation memory…</source>
        <translation>正在将 %1 导入翻译记忆库…</translation>
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
        <translation>查找失败：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/panel.py" line="64"/>
        <source>No matches (%1 ms)</source>
        <translation>无匹配（%1 毫秒）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/tm/panel.py" line="68"/>
        <source>%n match(es) in %1 ms</source>
        <translation>
            <numerusform>%n 条匹配，用时 %1 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tm_panel.ui" line="14"/>
        <source>Open a document to see translation memory matches.</source>
        <translation>打开文档即可查看翻译记忆库匹配。</translation>
    </message>
    <message>
        <location filename="../../ui/tm_panel.ui" line="28"/>
        <source>&lt;small&gt;Ctrl+1…9 or a click on the number uses the match. &lt;span style=&quot;background-color:#ffcdd2;color:#b71c1c&quot;&gt;Red&lt;/span&gt;: only in the memory; &lt;span style=&quot;background-color:#c8e6c9;color:#1b5e20&quot;&gt;green&lt;/span&gt;: only in this segment.&lt;/small&gt;</source>
        <translation>&lt;small&gt;按 Ctrl+1…9 或单击编号即可采用该匹配。&lt;span style=&quot;background-color:#ffcdd2;color:#b71c1c&quot;&gt;红色&lt;/span&gt;：仅见于记忆库；&lt;span style=&quot;background-color:#c8e6c9;color:#1b5e20&quot;&gt;绿色&lt;/span&gt;：仅见于本句段。&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>TMRender</name>
    <message>
        <location filename="../../workbench/gui/tm/render.py" line="26"/>
        <source>Context</source>
        <translation>语境匹配</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/render.py" line="28"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/render.py" line="29"/>
        <source>TMX</source>
        <translation>TMX</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/tm/render.py" line="30"/>
        <source>aligned</source>
        <translation>对齐</translation>
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
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>TermCandidatesDialog</name>
    <message>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="127"/>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="130"/>
        <source>Looking for term candidates…</source>
        <translation>正在查找术语候选…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="157"/>
        <source>Double-click or press F2 to edit the English</source>
        <translation>双击或按 F2 编辑英文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="218"/>
        <source>%1 in %2 pairs, %3 in %4; together in %5 (Dice %6)</source>
        <translation>%1 见于 %2 个句对，%3 见于 %4 个；同时出现 %5 次（Dice %6）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="237"/>
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n 个候选</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="239"/>
        <source>%n accepted</source>
        <translation>
            <numerusform>已接受 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="269"/>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="279"/>
        <source>Accepted terms</source>
        <translation>已接受的术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="270"/>
        <source>New term base “%1”</source>
        <translation>新建术语库“%1”</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/candidates_dialog.py" line="301"/>
        <source>The English for “%1” is empty.</source>
        <translation>“%1”的英文为空。</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="6"/>
        <source>Term candidates</source>
        <translation>术语候选</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="12"/>
        <source>Minimum &amp;frequency:</source>
        <translation>最低频次(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="18"/>
        <source>Propose only pairs found together in at least this many sentence pairs</source>
        <translation>只提议在至少这么多个句对中同时出现的词对</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="26"/>
        <source>Show at &amp;most:</source>
        <translation>最多显示(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="40"/>
        <source>F&amp;ind candidates</source>
        <translation>查找候选(&amp;I)</translation>
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
        <translation>频次</translation>
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
        <translation>如有需要，请在接受前编辑英文。按 Enter 接受所选候选，按 Delete 拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="100"/>
        <source>Add to &amp;term base:</source>
        <translation>添加到术语库(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="116"/>
        <source>Add the selected candidates to the term base (Enter)</source>
        <translation>将所选候选添加到术语库（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="117"/>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="123"/>
        <source>Hide the selected candidates for this session (Delete)</source>
        <translation>在本次会话中隐藏所选候选（Delete）</translation>
    </message>
    <message>
        <location filename="../../ui/term_candidates.ui" line="124"/>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TermDetails</name>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="17"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="18"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="19"/>
        <source>Subject</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="20"/>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="21"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="22"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="23"/>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="24"/>
        <source>External id</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="25"/>
        <source>Term added</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="26"/>
        <source>Term removed</source>
        <translation>删除术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="27"/>
        <source>Term text</source>
        <translation>术语文本</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="28"/>
        <source>Term language</source>
        <translation>术语语言</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="29"/>
        <source>Term status</source>
        <translation>术语状态</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="30"/>
        <source>Part of speech</source>
        <translation>词性</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="31"/>
        <source>Usage note</source>
        <translation>用法说明</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="32"/>
        <source>Case-sensitive</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="97"/>
        <source>Term base</source>
        <translation>术语库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="115"/>
        <source>case-sensitive</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/details.py" line="137"/>
        <source>Created %1 by %2; modified %3 by %4</source>
        <translation>%2 创建于 %1；%4 修改于 %3</translation>
    </message>
</context>
<context>
    <name>TermHitsPanel</name>
    <message>
        <location filename="../../workbench/gui/editor/term_hits.py" line="78"/>
        <source>(no rendering)</source>
        <translation>（无译法）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/term_hits.py" line="80"/>
        <source>Forbidden: write %1</source>
        <translation>禁用，应写作 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/term_hits.py" line="90"/>
        <source>Forbidden in the target: write %1</source>
        <translation>译文含禁用术语，应写作 %1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/editor/term_hits.py" line="104"/>
        <source>The target does not use this term yet</source>
        <translation>译文尚未使用此术语</translation>
    </message>
    <message>
        <location filename="../../ui/term_hits.ui" line="20"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/term_hits.ui" line="21"/>
        <source>Source term</source>
        <translation>原文术语</translation>
    </message>
    <message>
        <location filename="../../ui/term_hits.ui" line="22"/>
        <source>In target</source>
        <translation>译文中</translation>
    </message>
    <message>
        <location filename="../../ui/term_hits.ui" line="23"/>
        <source>Use</source>
        <translation>译法</translation>
    </message>
    <message>
        <location filename="../../ui/term_hits.ui" line="28"/>
        <source>Alt+1…9 or a click inserts the term. Select text in both columns and press Ctrl+T to add a term.</source>
        <translation>按 Alt+1…9 或单击可插入术语。在原文和译文两列中选中文字后按 Ctrl+T 可添加术语。</translation>
    </message>
</context>
<context>
    <name>Termbase</name>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="53"/>
        <source>Chinese (simplified)</source>
        <translation>中文（简体）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="54"/>
        <source>Chinese (traditional)</source>
        <translation>中文（繁体）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="55"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="58"/>
        <source>Preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/concept_dialog.py" line="59"/>
        <source>Admitted</source>
        <translation>许可</translation>
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
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="63"/>
        <source>Chinese terms (simplified)</source>
        <translation>中文术语（简体）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="64"/>
        <source>Chinese terms (traditional)</source>
        <translation>中文术语（繁体）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="65"/>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="251"/>
        <source>English terms</source>
        <translation>英文术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="66"/>
        <source>Forbidden Chinese terms</source>
        <translation>禁用中文术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="69"/>
        <source>Forbidden Chinese terms (traditional)</source>
        <translation>禁用中文术语（繁体）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="71"/>
        <source>Forbidden English terms</source>
        <translation>禁用英文术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="72"/>
        <source>Term status</source>
        <translation>术语状态</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="73"/>
        <source>Forbidden mark (yes/no)</source>
        <translation>禁用标记（是/否）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="74"/>
        <location filename="../../ui/termbase_import.ui" line="110"/>
        <source>Subject</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="75"/>
        <location filename="../../ui/termbase_import.ui" line="111"/>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="76"/>
        <location filename="../../ui/termbase_import.ui" line="112"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="77"/>
        <location filename="../../ui/termbase_import.ui" line="113"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="78"/>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="79"/>
        <source>Part of speech</source>
        <translation>词性</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="80"/>
        <source>Entry id</source>
        <translation>条目 ID</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="244"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="247"/>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="248"/>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="249"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="250"/>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="252"/>
        <source>Chinese terms</source>
        <translation>中文术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="253"/>
        <source>All terms</source>
        <translation>全部术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="274"/>
        <location filename="../../ui/termbase_import.ui" line="6"/>
        <source>Import terms</source>
        <translation>导入术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="277"/>
        <source>Term bases and glossaries (*.tbx *.xml *.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>术语库和词汇表 (*.tbx *.xml *.csv *.tsv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="299"/>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="305"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="344"/>
        <source>TBX-Basic (TBX 2) file</source>
        <translation>TBX-Basic（TBX 2）文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="345"/>
        <source>TBX v3 file</source>
        <translation>TBX v3 文件</translation>
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
        <translation>Excel 工作簿</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="354"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
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
        <translation>请至少选择一个术语列。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="566"/>
        <source>Enter a name for the new term base.</source>
        <translation>请输入新术语库的名称。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="572"/>
        <source>A term base named “%1” exists; choose it as the existing term base, or another name.</source>
        <translation>已存在名为“%1”的术语库；请将其选为现有术语库，或换一个名称。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="588"/>
        <source>%1 holds no terms in Chinese or English.</source>
        <translation>%1 中没有中文或英文术语。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="619"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消导入，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="623"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="632"/>
        <source>%n concept(s) added</source>
        <translation>
            <numerusform>已添加 %n 个概念</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="633"/>
        <source>%n concept(s) updated</source>
        <translation>
            <numerusform>已更新 %n 个概念</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="634"/>
        <source>%n concept(s) unchanged</source>
        <translation>
            <numerusform>%n 个概念未更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="637"/>
        <source>A new term base was created.</source>
        <translation>已新建术语库。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/import_wizard.py" line="639"/>
        <source>Nothing to report.</source>
        <translation>没有需要说明的问题。</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="10"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="11"/>
        <source>A TBX file (TBX-Basic or TBX v3), or a glossary table: CSV, TSV or an Excel workbook (XLSX).</source>
        <translation>TBX 文件（TBX-Basic 或 TBX v3），或词汇表：CSV、TSV 或 Excel 工作簿（XLSX）。</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="17"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="26"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="45"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="46"/>
        <source>Say what each column holds. Synonyms in one cell may be separated by | or ; — the first is preferred, the others admitted.</source>
        <translation>请指定每列的内容。同一单元格中的同义词可用 | 或 ; 分隔，第一个为首选术语，其余为许可术语。</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="52"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="59"/>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="66"/>
        <source>First row holds column &amp;names</source>
        <translation>首行为列名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="71"/>
        <source>S&amp;tatus column applies to:</source>
        <translation>状态列适用于(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="90"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="91"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="92"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="97"/>
        <source>Preview: the first rows as they will be imported (⊘ = forbidden)</source>
        <translation>预览：前几行的导入结果（⊘ = 禁用）</translation>
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
        <translation>导入位置</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="127"/>
        <source>Import into a new term base, or add to (or merge into) one you have.</source>
        <translation>导入到新术语库，或添加（或合并）到现有术语库。</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="131"/>
        <source>Into a &amp;new term base:</source>
        <translation>导入到新术语库(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="140"/>
        <source>Into an &amp;existing term base:</source>
        <translation>导入到现有术语库(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="148"/>
        <source>Entries already in the term base</source>
        <translation>术语库中已有的条目</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="152"/>
        <source>&amp;Add every entry as a new concept</source>
        <translation>将所有条目添加为新概念(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="158"/>
        <source>&amp;Merge entries into the concept with the same id or a shared term; add the others</source>
        <translation>将条目合并到 ID 相同或含相同术语的概念，其余条目添加为新概念(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="179"/>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_import.ui" line="189"/>
        <source>Notes from the reader (what was skipped or guessed):</source>
        <translation>读取说明（跳过或推断的内容）：</translation>
    </message>
</context>
<context>
    <name>TermbaseManager</name>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="151"/>
        <source>TBX-Basic (TBX 2, most CAT tools) (*.tbx)</source>
        <translation>TBX-Basic（TBX 2，适用于大多数 CAT 工具）(*.tbx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="152"/>
        <source>TBX v3 (ISO 30042:2019) (*.tbx)</source>
        <translation>TBX v3（ISO 30042:2019）(*.tbx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="153"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="154"/>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV，逗号分隔 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="155"/>
        <source>TSV, tab-separated (*.tsv)</source>
        <translation>TSV，制表符分隔 (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="222"/>
        <source>New term base…</source>
        <translation>新建术语库…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="223"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="224"/>
        <source>Delete term base…</source>
        <translation>删除术语库…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="226"/>
        <source>Higher priority</source>
        <translation>提高优先级</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="227"/>
        <source>Consult this term base earlier</source>
        <translation>提前查询此术语库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="228"/>
        <source>Lower priority</source>
        <translation>降低优先级</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="229"/>
        <source>Consult this term base later</source>
        <translation>延后查询此术语库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="244"/>
        <source>New concept…</source>
        <translation>新建概念…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="246"/>
        <source>Edit concept…</source>
        <translation>编辑概念…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="248"/>
        <source>Delete concepts</source>
        <translation>删除概念</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="251"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="254"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="259"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="260"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="261"/>
        <source>Find conflicts</source>
        <translation>查找冲突</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="262"/>
        <source>Term candidates…</source>
        <translation>术语候选…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="263"/>
        <source>Propose terms from the aligned material</source>
        <translation>从对齐语料中提议术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="265"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="287"/>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="288"/>
        <source>Chinese (both scripts)</source>
        <translation>中文（简繁体）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="291"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="292"/>
        <source>Has forbidden terms</source>
        <translation>含禁用术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="293"/>
        <source>Has admitted terms</source>
        <translation>含许可术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="294"/>
        <source>Has preferred terms</source>
        <translation>含首选术语</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="317"/>
        <source>All term bases</source>
        <translation>全部术语库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="345"/>
        <source>All subjects</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="346"/>
        <source>No subject</source>
        <translation>无领域</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="382"/>
        <source>New term base</source>
        <translation>新建术语库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="382"/>
        <source>Name of the new term base:</source>
        <translation>新术语库的名称：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="399"/>
        <source>Rename term base</source>
        <translation>重命名术语库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="399"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="417"/>
        <source>Delete the term base “%1” with its %2 concepts? This cannot be undone; the history of its changes is kept.</source>
        <translation>要删除术语库“%1”及其中的 %2 个概念吗？此操作无法撤销，但会保留其修改历史。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="421"/>
        <source>Delete term base</source>
        <translation>删除术语库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="472"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="507"/>
        <source>%1 of %2 concepts</source>
        <translation>%1 / %2 个概念</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="627"/>
        <source>Add concept “%1”</source>
        <translation>添加概念“%1”</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="658"/>
        <source>Edit concept “%1”</source>
        <translation>编辑概念“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/manager.py" line="682"/>
        <source>Delete %n concept(s)</source>
        <translation>
            <numerusform>删除 %n 个概念</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="726"/>
        <source>Export all term bases</source>
        <translation>导出全部术语库</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/manager.py" line="728"/>
        <source>Export %n term base(s)</source>
        <translation>
            <numerusform>导出 %n 个术语库</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="736"/>
        <source>There are no concepts to export.</source>
        <translation>没有可导出的概念。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/gui/termbase/manager.py" line="751"/>
        <source>Exported %n concept(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个概念导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="754"/>
        <source>Export notes</source>
        <translation>导出说明</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/termbase/manager.py" line="759"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="6"/>
        <source>Term bases</source>
        <translation>术语库</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="25"/>
        <source>Term &amp;bases (first = consulted first):</source>
        <translation>术语库（靠前者优先查询）(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="35"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="36"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="37"/>
        <source>Concepts</source>
        <translation>概念</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="67"/>
        <source>Search terms (Chinese in either script, or English)…</source>
        <translation>搜索术语（简繁体中文或英文）…</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="74"/>
        <source>Only terms in this language</source>
        <translation>仅显示此语言的术语</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="80"/>
        <source>Only concepts with a term of this status</source>
        <translation>仅显示含此状态术语的概念</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="85"/>
        <source>Only concepts of this subject</source>
        <translation>仅显示此领域的概念</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="114"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="124"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/termbase_manager.ui" line="139"/>
        <source>Term base tools</source>
        <translation>术语库工具</translation>
    </message>
</context>
<context>
    <name>UserDictionaryPage</name>
    <message>
        <location filename="../../ui/qa_dictionary.ui" line="9"/>
        <source>Words the spelling check accepts in this workspace (names, transliterations, house style).</source>
        <translation>本工作区拼写检查接受的词（人名、音译词、本社规范用词等）。</translation>
    </message>
    <message>
        <location filename="../../ui/qa_dictionary.ui" line="23"/>
        <source>New word</source>
        <translation>新词</translation>
    </message>
    <message>
        <location filename="../../ui/qa_dictionary.ui" line="29"/>
        <source>Add</source>
        <translation>添加</translation>
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
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="123"/>
        <source>Applied at once.</source>
        <translation>立即生效。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="123"/>
        <source>Used after a restart.</source>
        <translation>重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="133"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="133"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="183"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="183"/>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="194"/>
        <source>Workspaces (*.db);;All files (*)</source>
        <translation>工作区 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/dialogs/welcome.py" line="192"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
</context>
<context>
    <name>WelcomeForm</name>
    <message>
        <location filename="../../ui/welcome.ui" line="17"/>
        <source>&lt;h2&gt;Welcome to ICC Workbench&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用国际传播编辑工作台&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="27"/>
        <source>All your documents, term bases, translation memory and plans live in one workspace file. Choose how to start; you can switch workspaces at any time from the File menu.</source>
        <translation>所有文档、术语库、翻译记忆和选题计划都保存在一个工作区文件中。请选择开始方式；之后可随时通过“文件”菜单切换工作区。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="37"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="43"/>
        <source>Create a new workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="46"/>
        <source>An empty workspace file, by default in your user data folder.</source>
        <translation>一个空的工作区文件，默认位于用户数据文件夹中。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="53"/>
        <source>Open an existing workspace…</source>
        <translation>打开已有工作区…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="56"/>
        <source>A workspace file from a colleague or a shared folder.</source>
        <translation>同事提供的或共享文件夹中的工作区文件。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="63"/>
        <source>Open the sample workspace</source>
        <translation>打开示例工作区</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="66"/>
        <source>Three bilingual sample articles to try the editor, QA and publishing.</source>
        <translation>三篇双语示例文章，可试用编辑器、质检和出版功能。</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="76"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="108"/>
        <source>Where your data lives</source>
        <translation>数据存放位置</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="114"/>
        <source>Workspace:</source>
        <translation>工作区：</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="128"/>
        <location filename="../../ui/welcome.ui" line="149"/>
        <location filename="../../ui/welcome.ui" line="170"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="135"/>
        <source>Backups:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="156"/>
        <source>Log files:</source>
        <translation>日志文件：</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.ui" line="177"/>
        <source>Backups are made before every upgrade and with File → Back up workspace. Log files and crash reports stay on this computer; nothing is sent anywhere.</source>
        <translation>每次升级前以及使用“文件 → 备份工作区”时都会自动备份。日志文件和崩溃报告只保存在本机，不会发送到任何地方。</translation>
    </message>
</context>
<context>
    <name>WorkloadModel</name>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="93"/>
        <source>W%1
%2</source>
        <translation>第 %1 周
%2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="101"/>
        <source>ISO week %1 of %2: %3 – %4</source>
        <translation>%2 年 ISO 第 %1 周：%3 – %4</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="143"/>
        <source>%1 is overloaded: %2 h planned, %3 h available</source>
        <translation>%1 超负荷：计划 %2 小时，可用 %3 小时</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="145"/>
        <source>%1: %2 h planned, %3 h available</source>
        <translation>%1：计划 %2 小时，可用 %3 小时</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="203"/>
        <source>Missed deadlines (not done, due before now):</source>
        <translation>已错过的截止时间（未完成且已到期）：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="211"/>
        <source>No people yet: Plan ▸ People… adds the team.</source>
        <translation>还没有人员：计划 ▸ 人员… 可添加团队成员。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="215"/>
        <source>%n overloaded week(s): %1</source>
        <translation>%n 个超负荷周：%1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="218"/>
        <source>Nobody is overloaded in these weeks.</source>
        <translation>这几周无人超负荷。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/planner/workload_view.py" line="228"/>
        <source>None — every deadline so far was met.</source>
        <translation>无——迄今所有截止时间都已按时完成。</translation>
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
