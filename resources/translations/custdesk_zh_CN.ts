<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/about_dialog.py" line="20" />
        <source>About CustDesk</source>
        <translation>关于客户档案台</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/about_dialog.py" line="25" />
        <source>CustDesk — Customer Files</source>
        <translation>客户档案台</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/about_dialog.py" line="27" />
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/about_dialog.py" line="32" />
        <source>Keeps every customer's file, each visit and call-back, complaints and who referred whom — on this computer only, with no server and no internet.</source>
        <translation>记录每位客户的档案、每次来店和回访、投诉以及转介绍关系——数据只保存在这台电脑上，无需服务器，也无需联网。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/about_dialog.py" line="37" />
        <source>Customer file: {path}</source>
        <translation>客户档案文件：{path}</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="14" />
        <source>Created</source>
        <translation>建档</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="15" />
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="16" />
        <source>Moved to the Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="17" />
        <source>Restored from the Trash</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="18" />
        <source>Merged with</source>
        <translation>合并了</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="19" />
        <source>Merge undone with</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="20" />
        <source>Purchase added</source>
        <translation>新增成交</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="21" />
        <source>Purchase removed</source>
        <translation>删除成交</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="44" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="47" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="48" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="49" />
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="50" />
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="53" />
        <source>No changes recorded yet.</source>
        <translation>还没有修改记录。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="71" />
        <source>{change}: {field}</source>
        <translation>{change}：{field}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="80" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/audit_panel.py" line="80" />
        <source>No</source>
        <translation>不安排</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../src/custdesk/ui/common/background_job.py" line="85" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/background_job.py" line="131" />
        <source>{what}: rows done: {rows}…</source>
        <translation>{what}：{rows} 行…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/background_job.py" line="165" />
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/background_job.py" line="166" />
        <source>Writing {name}</source>
        <translation>正在写入 {name}</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="32" />
        <source>At start</source>
        <translation>启动时</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="33" />
        <source>Automatic (every 30 minutes)</source>
        <translation>自动（每 30 分钟）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="34" />
        <source>Backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="35" />
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="36" />
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="42" />
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="50" />
        <source>Not a CustDesk file: cannot be used</source>
        <translation>不是客户档案台的文件，无法使用</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="71" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="73" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="82" />
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="83" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="85" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="89" />
        <source>Customer files in the backup, not counting those in its Trash</source>
        <translation>备份中的客户档案数，不含其回收站中的客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="93" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="97" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="103" />
        <source>No backups yet. CustDesk makes one soon after it starts, every 30 minutes while you work and before every import; Back up now makes one at once.</source>
        <translation>还没有备份。客户档案台会在启动后不久、工作时每 30 分钟以及每次导入前自动备份；点“立即备份”可马上备份一次。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="111" />
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="113" />
        <source>Open read-only</source>
        <translation>只读打开</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="115" />
        <source>Look at this backup in its own window; nothing can be changed there</source>
        <translation>在单独的窗口中查看此备份，其中的内容不会被修改</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="136" />
        <source>Backups are kept in {folder}</source>
        <translation>备份保存在 {folder}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="140" />
        <source>Backups: {count}. Older ones are thinned out automatically.</source>
        <translation>备份：{count} 份。较早的备份会自动精简。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="172" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="173" />
        <source>Backing up the customer file</source>
        <translation>正在备份客户档案</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="188" />
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="211" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="190" />
        <source>Replace the customer file with the backup made {when} (customers, not counting the Trash: {count})?

The data as it is now is saved as a backup first, so this can be undone by restoring that one.</source>
        <translation>要用 {when} 的备份（{count} 位客户，不含回收站）替换当前的客户档案吗？

当前的数据会先另存为一份备份，之后恢复那份备份即可撤销。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/backups_page.py" line="212" />
        <source>Restoring the customer file from {name}</source>
        <translation>正在从 {name} 恢复客户档案</translation>
    </message>
</context>
<context>
    <name>ChainTree</name>
    <message>
        <location filename="../../src/custdesk/ui/widgets/chain_tree.py" line="29" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/chain_tree.py" line="30" />
        <source>Generation</source>
        <translation>代</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/chain_tree.py" line="31" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/chain_tree.py" line="32" />
        <source>Own spending since referred</source>
        <translation>本人被介绍后消费</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/chain_tree.py" line="33" />
        <source>People below</source>
        <translation>下线人数</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/chain_tree.py" line="34" />
        <source>Spent by the chain below</source>
        <translation>下线整条链消费</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/chain_tree.py" line="43" />
        <source>1 = brought in directly by the customer at the top of this tree, 2 = by one of those, and so on. The chains sheet counts the same way from the first customer of each chain.</source>
        <translation>1 = 由本树顶端的客户直接介绍，2 = 由其中某人介绍，依此类推。介绍链表格同样从每条链的第一位客户数起。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/chain_tree.py" line="49" />
        <source>What this customer has spent since the day they were referred.</source>
        <translation>这位客户从被介绍那天起的消费。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/chain_tree.py" line="54" />
        <source>What everyone below this customer, at any depth, has spent since each was referred, whether converted or not: spent by their whole chain. Customers in the Trash are left out.</source>
        <translation>这位客户以下整条链上所有人（不论几代、是否成交），从各自被介绍那天起的消费，即整条链的消费。回收站中的客户不计。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/chain_tree.py" line="92" />
        <source> (in Trash)</source>
        <translation>（已在回收站）</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../src/custdesk/ui/widgets/chart_card.py" line="62" />
        <source>Picture…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/chart_card.py" line="63" />
        <source>Save this chart as a PNG picture</source>
        <translation>把此图表保存为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/chart_card.py" line="66" />
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/chart_card.py" line="67" />
        <source>Save this chart's figures as an Excel workbook</source>
        <translation>把此图表的数据保存为 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/chart_card.py" line="152" />
        <source>Save chart picture</source>
        <translation>保存图表图片</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="46" />
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="57" />
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="58" />
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="59" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="60" />
        <source>Late delivery</source>
        <translation>送货延误</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="61" />
        <source>After-sales repair</source>
        <translation>售后维修</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="62" />
        <source>Returns and exchanges</source>
        <translation>退换货</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="72" />
        <source>What happened, in the customer's words</source>
        <translation>事情经过（尽量用客户的原话）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="76" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="77" />
        <source>Received</source>
        <translation>接到时间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="78" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="79" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="80" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="81" />
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="109" />
        <source>Complaint recorded: {name}</source>
        <translation>已登记投诉：{name}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="120" />
        <source>Received before today?</source>
        <translation>是今天以前收到的？</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="122" />
        <source>The complaint is set as received on {date}, before today, so it already counts as not handled the same day. Save it with that date?</source>
        <translation>这条投诉的收到时间是 {date}，在今天以前，因此已算作未能当天处理。按这个时间保存吗？</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="66" />
        <source>Open only</source>
        <translation>只看未结</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="68" />
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="70" />
        <source>New complaint…</source>
        <translation>新建投诉…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="72" />
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="74" />
        <source>Resolve…</source>
        <translation>处理完成…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="76" />
        <source>Close without fix</source>
        <translation>直接关闭</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="89" />
        <source>No complaints to show. Record one with New complaint when a customer is unhappy.</source>
        <translation>暂无投诉。客户不满意时，请用“新建投诉”记录下来。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="119" />
        <source>Received</source>
        <translation>接到时间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="120" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="121" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="122" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="124" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="129" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="134" />
        <source>Hours to resolve</source>
        <translation>处理用时（小时）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="160" />
        <source>✓ Same day</source>
        <translation>✓ 当日解决</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="161" />
        <source>Closed, no fix</source>
        <translation>直接关闭，未解决</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="162" />
        <source>✗ Late</source>
        <translation>✗ 超时</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="163" />
        <source>Resolve today</source>
        <translation>须今天解决</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="193" />
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="141" />
        <source>Same day</source>
        <translation>当日解决</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="146" />
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="147" />
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="211" />
        <source>Open: {open} · Same day in the last 30 days: {share} ({quick} of {received})</source>
        <translation>未结：{open} · 近 30 天当日解决率：{share}（{received} 起中 {quick} 起）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="223" />
        <source>complaints.xlsx</source>
        <translation>投诉.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="272" />
        <source>Close complaint</source>
        <translation>关闭投诉</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/complaints_page.py" line="273" />
        <source>Close this complaint without a fix (e.g. the customer withdrew it)?</source>
        <translation>不做处理直接关闭此投诉（例如客户已撤回）？</translation>
    </message>
</context>
<context>
    <name>ConflictChoices</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_conflicts.py" line="41" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_conflicts.py" line="42" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_conflicts.py" line="43" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_conflicts.py" line="44" />
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_conflicts.py" line="45" />
        <source>Now</source>
        <translation>现有</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_conflicts.py" line="46" />
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_conflicts.py" line="47" />
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_conflicts.py" line="56" />
        <source>Apply to all</source>
        <translation>全部应用</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_conflicts.py" line="59" />
        <source>For every difference:</source>
        <translation>所有不同之处：</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_conflicts.py" line="81" />
        <source>Differences with a customer on file or an earlier row of this file: {count}. Nothing is replaced unless you choose Replace; a name not kept goes into the notes.</source>
        <translation>与已有客户或本表前面的行有 {count} 处不同。除非您选择“替换”，否则不会改动；没有采用的姓名会记入备注。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_conflicts.py" line="115" />
        <source>Not imported: merge or correct by hand</source>
        <translation>未导入：请手动合并或改正</translation>
    </message>
</context>
<context>
    <name>ContactHistoryPanel</name>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/contact_history_panel.py" line="51" />
        <source>Log a visit or call…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/contact_history_panel.py" line="56" />
        <source>Plan a call</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/contact_history_panel.py" line="62" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/contact_history_panel.py" line="65" />
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/contact_history_panel.py" line="66" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/contact_history_panel.py" line="67" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/contact_history_panel.py" line="69" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/contact_history_panel.py" line="72" />
        <source>Served by</source>
        <translation>接待店员</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/contact_history_panel.py" line="78" />
        <source>No visits or calls yet.</source>
        <translation>还没有回访记录。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/contact_history_panel.py" line="104" />
        <source>Next contact: {date} — {what}</source>
        <translation>下次联系：{date} — {what}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/contact_history_panel.py" line="108" />
        <source>No contact planned.</source>
        <translation>尚未安排下次联系。</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/customer_dialog.py" line="106" />
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/customer_dialog.py" line="106" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/customer_dialog.py" line="120" />
        <source>Introduced by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/customer_dialog.py" line="121" />
        <source>As a referrer</source>
        <translation>本人作为介绍人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/customer_dialog.py" line="144" />
        <source>Purchases</source>
        <translation>成交记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/customer_dialog.py" line="146" />
        <source>Visits and follow-ups</source>
        <translation>回访与跟进</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/customer_dialog.py" line="148" />
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/customer_dialog.py" line="150" />
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/customer_dialog.py" line="212" />
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/customer_dialog.py" line="213" />
        <source>The changes to this customer have not been saved. Discard them?</source>
        <translation>对这位客户的修改还没有保存。要放弃这些修改吗？</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/customer_dialog.py" line="251" />
        <source>Saved: {name}</source>
        <translation>已保存：{name}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/shared_phone_question.py" line="28" />
        <source>Phone number already on file</source>
        <translation>电话号码已存在</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/shared_phone_question.py" line="55" />
        <source>This phone number already belongs to another customer. Is this the same person?</source>
        <translation>这个电话号码已属于另一位客户。是同一个人吗？</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/shared_phone_question.py" line="60" />
        <source>This phone number already belongs to {name}, never contacted yet. Is this the same person?</source>
        <translation>这个电话号码已经登记在{name}名下（还没有联系过）。是同一个人吗？</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/shared_phone_question.py" line="65" />
        <source>This phone number already belongs to {name}, last contacted on {date}. Is this the same person?</source>
        <translation>这个电话号码已经登记在{name}名下（上次联系：{date}）。是同一个人吗？</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/shared_phone_question.py" line="31" />
        <source>Open that customer</source>
        <translation>打开该客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/shared_phone_question.py" line="35" />
        <source>Save as a new customer</source>
        <translation>作为新客户保存</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <location filename="../../src/custdesk/ui/widgets/customer_filter_bar.py" line="29" />
        <source>Search by name, pinyin (zs), phone or tag</source>
        <translation>按姓名、拼音（如 zs）、电话或标签搜索</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/customer_filter_bar.py" line="37" />
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/customer_filter_bar.py" line="38" />
        <source>All temperaments</source>
        <translation>全部性格类型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/customer_filter_bar.py" line="42" />
        <source>Open complaint</source>
        <translation>有未结投诉</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/customer_filter_bar.py" line="43" />
        <source>Birthday this month</source>
        <translation>本月生日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/customer_filter_bar.py" line="44" />
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/customer_filter_bar.py" line="76" />
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../src/custdesk/ui/widgets/customer_picker.py" line="31" />
        <source>Search by name, pinyin or phone</source>
        <translation>按姓名、拼音或电话搜索</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="55" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="56" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="57" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="58" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="59" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="60" />
        <source>Temperament</source>
        <translation>性格类型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="61" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="62" />
        <source>Next follow-up</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="63" />
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="64" />
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="65" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../src/custdesk/ui/pages/customers_page.py" line="103" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/customers_page.py" line="110" />
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/customers_page.py" line="112" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/customers_page.py" line="114" />
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/customers_page.py" line="116" />
        <source>Empty Trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/customers_page.py" line="128" />
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/customers_page.py" line="259" />
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/customers_page.py" line="261" />
        <source>Delete every customer in the Trash (customers: {count}) for good, with their purchases, visits and complaints? This cannot be undone.</source>
        <translation>永久删除回收站中的 {count} 位客户及其成交、回访和投诉记录？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/customers_page.py" line="306" />
        <source>A customer's file in a backup: it can be read, not changed.</source>
        <translation>备份中的客户档案：只能查看，不能修改。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/customers_page.py" line="361" />
        <source>customers.xlsx</source>
        <translation>客户名单.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/customers_page.py" line="378" />
        <source>{count} found</source>
        <translation>找到 {count} 位</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/customers_page.py" line="381" />
        <source>The Trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/customers_page.py" line="383" />
        <source>Type 3 or more digits to find a phone number.</source>
        <translation>请输入至少 3 位数字来查找电话号码。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/customers_page.py" line="385" />
        <source>No customer matches this search or filter.</source>
        <translation>没有符合搜索或筛选条件的客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/customers_page.py" line="389" />
        <source>No customers yet. Press Ctrl+N to add the first one, or bring them in from Excel with File ▸ Import customers.</source>
        <translation>还没有客户。按 Ctrl+N 添加第一位客户，或通过“文件 ▸ 导入客户”从 Excel 导入。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/custdesk/ui/widgets/date_field.py" line="60" />
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>从日历中选择（Alt+下箭头）</translation>
    </message>
</context>
<context>
    <name>DateOrderQuestion</name>
    <message>
        <location filename="../../src/custdesk/ui/widgets/date_order_question.py" line="46" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/date_order_question.py" line="69" />
        <source>Day first: 3/5/1990 is 3 May 1990</source>
        <translation>日在前：3/5/1990 是 1990年5月3日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/date_order_question.py" line="70" />
        <source>Month first: 3/5/1990 is 5 March 1990</source>
        <translation>月在前：3/5/1990 是 1990年3月5日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/date_order_question.py" line="71" />
        <source>Year first: 90/5/3 is 3 May 1990</source>
        <translation>年在前：90/5/3 是 1990年5月3日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/date_order_question.py" line="74" />
        <source>Day first: {cell} is {date}</source>
        <translation>日在前：{cell} 是 {date}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/date_order_question.py" line="75" />
        <source>Month first: {cell} is {date}</source>
        <translation>月在前：{cell} 是 {date}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/date_order_question.py" line="76" />
        <source>Year first: {cell} is {date}</source>
        <translation>年在前：{cell} 是 {date}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="78" />
        <source>Export reports to Excel</source>
        <translation>导出报表到 Excel</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="82" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="83" />
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="84" />
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="85" />
        <source>Chosen dates</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="94" />
        <source>Customer files</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="95" />
        <source>Visit log</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="96" />
        <source>Follow-ups due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="97" />
        <source>Complaints with time to resolve</source>
        <translation>投诉及处理用时</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="98" />
        <source>Referral leaderboard and chains</source>
        <translation>转介绍排行与关系链</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="99" />
        <source>Monthly summary</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="105" />
        <source>Every customer, whatever the dates</source>
        <translation>全部客户，不按日期筛选</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="106" />
        <source>Visits on these dates</source>
        <translation>这些日期内的回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="108" />
        <source>Not yet done and due by the last date, late ones too</source>
        <translation>截至结束日期到期、尚未完成的回访，含已逾期的</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="110" />
        <source>Complaints received on these dates</source>
        <translation>这些日期内收到的投诉</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="111" />
        <source>Customers referred on these dates</source>
        <translation>这些日期内被转介绍的客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="112" />
        <source>A row for each month, counting these dates</source>
        <translation>每月一行，只计这些日期内的数据</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="125" />
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="129" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="135" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/export_dialog.py" line="196" />
        <source>custdesk-reports</source>
        <translation>客户档案台报表</translation>
    </message>
</context>
<context>
    <name>FileWrittenBox</name>
    <message>
        <location filename="../../src/custdesk/ui/common/file_written.py" line="25" />
        <source>File saved</source>
        <translation>文件已保存</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/file_written.py" line="26" />
        <source>Saved to:</source>
        <translation>已保存到：</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/file_written.py" line="32" />
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/file_written.py" line="35" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>FirstVisitFields</name>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/first_visit_fields.py" line="29" />
        <source>Item (optional)</source>
        <translation>商品（可不填）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/first_visit_fields.py" line="31" />
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/first_visit_fields.py" line="42" />
        <source>Introduced by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/first_visit_fields.py" line="43" />
        <source>First purchase</source>
        <translation>首次成交</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/first_visit_fields.py" line="59" />
        <source>Choose who introduced them in the list (Down, then Enter).</source>
        <translation>请在列表中选出介绍人（按↓，再按回车）。</translation>
    </message>
</context>
<context>
    <name>FoldingTabs</name>
    <message>
        <location filename="../../src/custdesk/ui/widgets/folding_tabs.py" line="76" />
        <source>Show ▴</source>
        <translation>展开 ▴</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/folding_tabs.py" line="76" />
        <source>Hide ▾</source>
        <translation>收起 ▾</translation>
    </message>
</context>
<context>
    <name>HistoryCheckPage</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="147" />
        <source>Check the rows</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="150" />
        <source>Rows that name no one customer, or that could not be read, are left out and listed below; nothing is guessed.</source>
        <translation>对应不到唯一一位客户的行、无法识别的行都不导入，列在下面；不做任何猜测。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="171" />
        <source>Ready to add: {good}. To be left out: {skipped}.</source>
        <translation>{good} 行可以添加，{skipped} 行不导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="212" />
        <source>Purchases added: {imported}, for customers: {customers}. Rows left out: {skipped}.</source>
        <translation>已为 {customers} 位客户添加 {imported} 条成交记录，{skipped} 行未导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="215" />
        <source>Visits added: {imported}, for customers: {customers}. Rows left out: {skipped}.</source>
        <translation>已为 {customers} 位客户添加 {imported} 条回访记录，{skipped} 行未导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="192" />
        <source>Import history</source>
        <translation>导入成交与回访记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="193" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="219" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
</context>
<context>
    <name>HistoryColumnsPage</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="55" />
        <source>Which column is which?</source>
        <translation>各列对应什么？</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="58" />
        <source>Each row is matched to a customer on file by its phone, or by its name when only one customer has it.</source>
        <translation>每一行按电话对应到已有客户；没有电话时，按只有一位客户使用的姓名对应。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="63" />
        <source>Purchases</source>
        <translation>成交记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="64" />
        <source>Visits</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="66" />
        <source>The rows are</source>
        <translation>各行是</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="74" />
        <source>Dates written</source>
        <translation>日期写法</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="86" />
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="88" />
        <source>column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="122" />
        <source>Some dates, such as {example}, can be read either way.</source>
        <translation>有些日期（例如 {example}）日和月可以互换着读，请选择写法。</translation>
    </message>
</context>
<context>
    <name>HistoryPages</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="249" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="250" />
        <source>Purchase and visit history</source>
        <translation>成交与回访记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/history_import_pages.py" line="260" />
        <source>The file holds</source>
        <translation>文件内容</translation>
    </message>
</context>
<context>
    <name>ImportReportBox</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_report_box.py" line="40" />
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_report_box.py" line="44" />
        <source>New customers: {imported}. Updated: {updated}. Already up to date: {unchanged}. Rows skipped: {skipped}.</source>
        <translation>已导入 {imported} 位客户，更新 {updated} 位，{unchanged} 位已是最新，跳过 {skipped} 行。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_report_box.py" line="57" />
        <source>Merged into an earlier row with the same phone: {merged}.</source>
        <translation>并入同一电话的前一行：{merged} 行。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_report_box.py" line="65" />
        <source>Invisible characters that cannot be saved were removed from imported rows: {count} (row {rows}).</source>
        <translation>已从 {count} 行导入的数据中删除无法保存的不可见字符（第 {rows} 行）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_report_box.py" line="69" />
        <source>Invisible characters that cannot be saved were removed from imported rows: {count} (rows {rows}).</source>
        <translation>已从 {count} 行导入的数据中删除无法保存的不可见字符（第 {rows} 行）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_report_box.py" line="78" />
        <source>Imported with a note: {count} (row {rows}). A value that could not be read was kept in the customer's notes.</source>
        <translation>{count} 行已导入并附备注：无法识别的内容已原样记入客户备注（第 {rows} 行）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_report_box.py" line="82" />
        <source>Imported with a note: {count} (rows {rows}). A value that could not be read was kept in the customer's notes.</source>
        <translation>{count} 行已导入并附备注：无法识别的内容已原样记入客户备注（第 {rows} 行）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_report_box.py" line="98" />
        <source>Save skipped rows…</source>
        <translation>保存跳过的行…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_report_box.py" line="109" />
        <source>rows-not-imported.xlsx</source>
        <translation>未导入的行.xlsx</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="77" />
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="141" />
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="182" />
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="324" />
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="92" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="97" />
        <source>Which file?</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="108" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="131" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="132" />
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="100" />
        <source>A workbook (.xlsx, .xls, .xlsb, .ods, WPS .et), a CSV or text file, or contacts (.vcf).</source>
        <translation>工作簿（.xlsx、.xls、.xlsb、.ods、WPS .et）、CSV 或文本文件，或通讯录名片（.vcf）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="105" />
        <source>Type or paste the file's path, or choose it</source>
        <translation>输入或粘贴文件路径，或点“选择…”</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="116" />
        <source>no header row</source>
        <translation>无表头</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="118" />
        <source>The row holding the column names, numbered as in the spreadsheet.</source>
        <translation>列名所在的行，行号与表格中显示的一致。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="133" />
        <source>Header row</source>
        <translation>表头所在行</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="142" />
        <source>Spreadsheets and contacts (*.xlsx *.xls *.xlsb *.ods *.et *.csv *.txt *.vcf)</source>
        <translation>表格和通讯录文件 (*.xlsx *.xls *.xlsb *.ods *.et *.csv *.txt *.vcf)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="170" />
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="183" />
        <source>Reading {name}</source>
        <translation>正在读取 {name}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="209" />
        <source>Rows: {rows}. Columns: {columns}</source>
        <translation>{rows} 行；列：{columns}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="211" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_columns_page.py" line="37" />
        <source>Which column is which?</source>
        <translation>各列对应什么？</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_columns_page.py" line="39" />
        <source>Matched from the headers; change any that is wrong.</source>
        <translation>已根据表头自动对应，如有不对请修改。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_columns_page.py" line="66" />
        <source>Birthdays written</source>
        <translation>生日写法</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_columns_page.py" line="93" />
        <source>Some birthdays, such as {example}, can be read either way.</source>
        <translation>有些生日（例如 {example}）日和月可以互换着读，请选择写法。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_columns_page.py" line="108" />
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_columns_page.py" line="112" />
        <source>column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="230" />
        <source>Check the rows</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="233" />
        <source>Every row with a name or a phone is imported. Cells that could not be read are kept in the customer's notes; the rows below are worth a look.</source>
        <translation>有姓名或电话的行都会导入。无法识别的单元格会原样记入客户备注；下面这些行值得看一看。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="243" />
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="244" />
        <source>Update that customer</source>
        <translation>更新该客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="245" />
        <source>Import as a new customer</source>
        <translation>作为新客户导入</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="253" />
        <source>When a phone number is already on file:</source>
        <translation>电话号码已存在时：</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="280" />
        <source>Ready to import: {good}. To be skipped: {skipped}.</source>
        <translation>{good} 行可以导入，{skipped} 行将跳过。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="283" />
        <source>Ready to import: {good} (new customers: {new}; customers to update: {updated}; already up to date: {unchanged}). To be skipped: {skipped}.</source>
        <translation>{good} 行可以导入（新客户 {new} 位，要更新的客户 {updated} 位，已是最新 {unchanged} 位），{skipped} 行将跳过。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/import_wizard.py" line="325" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="26" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="85" />
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="87" />
        <source>&amp;Log visit or call…</source>
        <translation>记录回访(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="90" />
        <source>New &amp;complaint…</source>
        <translation>新建投诉(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="93" />
        <source>&amp;Import customers…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="29" />
        <source>&amp;Export reports to Excel…</source>
        <translation>导出报表到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="33" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="39" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="41" />
        <source>&amp;Close this backup</source>
        <translation>关闭此备份(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="44" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="47" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="51" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="59" />
        <source>&amp;Merge into another file…</source>
        <translation>合并到另一份档案(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="62" />
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="66" />
        <source>Go to the page's &amp;list</source>
        <translation>转到本页列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="68" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="76" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="77" />
        <source>How customer &amp;stages work</source>
        <translation>客户阶段说明(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/menus.py" line="80" />
        <source>&amp;About CustDesk</source>
        <translation>关于客户档案台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/main_window.py" line="178" />
        <source>Select the customer whose file goes into another, then press Ctrl+M.</source>
        <translation>请先选中要并入另一份档案的客户，再按 Ctrl+M。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/main_window.py" line="235" />
        <source>{label} (read-only) · {title}</source>
        <translation>{label}（只读）· {title}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/main_window.py" line="270" />
        <source>Backed up {time}</source>
        <translation>已于 {time} 备份</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/main_window.py" line="275" />
        <source>Automatic backup failed: {reason}</source>
        <translation>自动备份失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/main_window.py" line="319" />
        <source>The customer file was restored from the backup.</source>
        <translation>客户档案已从备份恢复。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/main_window.py" line="355" />
        <source>Customers: {count}</source>
        <translation>客户：{count} 位</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/main_window.py" line="366" />
        <source>To do today: {to_do} · Open complaints: {complaints}</source>
        <translation>今日待办：{to_do} · 未结投诉：{complaints}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/read_only_window.py" line="42" />
        <source>Backup of {when}</source>
        <translation>{when} 的备份</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/read_only_window.py" line="43" />
        <source>This is the backup of {when}: it can be looked at, not changed. To put it in place of the data you have now, choose Restore on the Backups page of the main window.</source>
        <translation>这是 {when} 的备份，只能查看，不能修改。要用它替换现在的数据，请在主窗口的“备份”页选“恢复”。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/read_only_window.py" line="61" />
        <source>Open read-only</source>
        <translation>只读打开</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/read_only_window.py" line="62" />
        <source>Opening the backup of {when}</source>
        <translation>正在打开 {when} 的备份</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="54" />
        <source>Merge customer files</source>
        <translation>合并客户档案</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="59" />
        <source>Find the file to keep. Everything in {name}'s file (purchases, visits, complaints, referrals, phones, tags) moves into it, and {name}'s file goes to the Trash.</source>
        <translation>请找到要保留的档案。「{name}」档案中的全部内容（成交、回访、投诉、转介绍、电话、标签）将移入该档案，「{name}」的档案移到回收站。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="66" />
        <source>Search by name, pinyin or phone</source>
        <translation>按姓名、拼音或电话搜索</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="73" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="73" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="73" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="73" />
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="81" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../src/custdesk/ui/shell/navigation.py" line="64" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/navigation.py" line="65" />
        <source>Follow-ups due, birthdays, holiday greetings and customers going quiet will be listed here each day.</source>
        <translation>每天在这里列出到期回访、客户生日、节日问候，以及久未联系的客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/navigation.py" line="73" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/navigation.py" line="74" />
        <source>Every customer's file: profile, purchases, personality and birthday.</source>
        <translation>每位客户的档案：基本资料、成交记录、性格特点和生日。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/navigation.py" line="80" />
        <source>Visits</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/navigation.py" line="81" />
        <source>Every visit, call-back and greeting, newest first.</source>
        <translation>每一次到店、回访和问候，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/navigation.py" line="85" />
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/navigation.py" line="86" />
        <source>Who brought whom: referral chains, rewards owed and the best referrers.</source>
        <translation>谁介绍了谁：介绍链、待发奖励和最佳介绍人。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/navigation.py" line="93" />
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/navigation.py" line="94" />
        <source>Complaints and how fast they were resolved — the same day, if possible.</source>
        <translation>投诉及处理速度——尽量当天解决。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/navigation.py" line="101" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/navigation.py" line="102" />
        <source>Monthly figures and charts for the shop owner, ready for Excel.</source>
        <translation>给店主看的月度数据和图表，可导出到 Excel。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/navigation.py" line="108" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/navigation.py" line="109" />
        <source>Copies of the customer file, made by themselves; restore one if needed.</source>
        <translation>客户档案的自动备份；需要时可以恢复。</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="58" />
        <source>Not stated</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="63" />
        <source>year unknown</source>
        <translation>年份不详</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="68" />
        <source>Several numbers: separate with commas</source>
        <translation>多个号码请用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="76" />
        <source>Not known yet</source>
        <translation>暂不清楚</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="83" />
        <source>Important customer</source>
        <translation>重要客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="86" />
        <source>Separate tags with commas</source>
        <translation>多个标签请用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="89" />
        <source>No regular follow-up</source>
        <translation>不定期回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="90" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="99" />
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="100" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="101" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="102" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="103" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="105" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="106" />
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="107" />
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="108" />
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="109" />
        <source>Hobbies</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="110" />
        <source>Temperament</source>
        <translation>性格类型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="112" />
        <source>Decision maker</source>
        <translation>购买决策人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="113" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="114" />
        <source>Follow up every</source>
        <translation>回访周期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/profile_form.py" line="115" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PurchasesPanel</name>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/purchases_panel.py" line="79" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/purchases_panel.py" line="79" />
        <location filename="../../src/custdesk/ui/customer_form/purchases_panel.py" line="104" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/purchases_panel.py" line="79" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/purchases_panel.py" line="79" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/purchases_panel.py" line="108" />
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/purchases_panel.py" line="110" />
        <source>Add purchase</source>
        <translation>添加成交记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/purchases_panel.py" line="112" />
        <location filename="../../src/custdesk/ui/customer_form/purchases_panel.py" line="279" />
        <source>Remove purchase</source>
        <translation>删除成交记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/purchases_panel.py" line="155" />
        <source>From the old list: {amount}</source>
        <translation>原表消费：{amount}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/purchases_panel.py" line="182" />
        <source>Added here: {added}, removed here: {removed}: written when you save the customer.</source>
        <translation>本次新增 {added} 笔，删除 {removed} 笔：保存客户时才写入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/purchases_panel.py" line="189" />
        <source>Purchases: {count}, total {total}</source>
        <translation>成交 {count} 笔，合计 {total}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/purchases_panel.py" line="206" />
        <source>Added here: recorded when you save the customer.</source>
        <translation>本次新增：保存客户时记录。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/purchases_panel.py" line="208" />
        <source>Removed here: deleted when you save the customer.</source>
        <translation>本次删除：保存客户时删除。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/purchases_panel.py" line="279" />
        <source>Keep purchase</source>
        <translation>保留此笔成交</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/custdesk/ui/common/i18n.py" line="35" />
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/i18n.py" line="36" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/i18n.py" line="37" />
        <source>File Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/i18n.py" line="38" />
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/i18n.py" line="39" />
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/i18n.py" line="40" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/common/i18n.py" line="33" />
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/i18n.py" line="34" />
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/record_form.py" line="61" />
        <source>Please pick the customer first.</source>
        <translation>请先选择客户。</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="75" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="80" />
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="90" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="91" />
        <source>Referred on</source>
        <translation>介绍日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="92" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="107" />
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="108" />
        <source>Change to</source>
        <translation>改为</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="109" />
        <source>Date, status</source>
        <translation>日期、状态</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="112" />
        <source>As a referrer</source>
        <translation>本人作为介绍人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="140" />
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="147" />
        <source>Nobody (came on their own)</source>
        <translation>无（自己上门）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="145" />
        <source>(kept when you save)</source>
        <translation>（保存后生效）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="161" />
        <source>&lt;b&gt;{name}&lt;/b&gt;, {date}, {status}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;，{date}，{status}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="133" />
        <source>Brought in: {count}</source>
        <translation>介绍来的客户：{count}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="70" />
        <source>Set referrer</source>
        <translation>设为介绍人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/referral_panel.py" line="176" />
        <source>Please pick the customer first.</source>
        <translation>请先选择客户。</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="79" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="80" />
        <source>Last 3 months</source>
        <translation>近 3 个月</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="81" />
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="82" />
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="87" />
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="90" />
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="97" />
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="166" />
        <source>Referrer</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="99" />
        <source>Referrer type</source>
        <translation>介绍人类型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="102" />
        <source>Referred</source>
        <translation>介绍人数</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="103" />
        <source>Converted</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="105" />
        <source>Spent by people they referred</source>
        <translation>所介绍客户的消费</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="115" />
        <source>Whole chain</source>
        <translation>整条链</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="119" />
        <source>Everyone below them in their chain, at any depth and status, whenever referred; customers in the Trash are left out.</source>
        <translation>其下整条链上的所有人（不论几代、状态和何时被介绍），回收站中的客户不计。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="126" />
        <source>Nobody referred a customer in this period.</source>
        <translation>此期间没有人介绍新客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="230" />
        <source>Referrals: {count} · Converted: {converted} ({rate})</source>
        <translation>转介绍：{count} · 已成交：{converted}（{rate}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="237" />
        <source>Top {shown} of {count} referrers shown</source>
        <translation>共 {count} 位推荐人，显示前 {shown} 位</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="109" />
        <source>What the people they referred in this period, who converted, have spent since the day each was referred (spending before that is not theirs to credit).</source>
        <translation>本期内由其介绍并已成交的客户，从各自被介绍那天起的消费（被介绍之前的消费不计入推荐人）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="149" />
        <source>Reward the referrer…</source>
        <translation>奖励介绍人…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="167" />
        <source>For bringing</source>
        <translation>介绍的客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="168" />
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="170" />
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="174" />
        <source>Owed since</source>
        <translation>应发日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="175" />
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="178" />
        <source>No rewards owed. Well done!</source>
        <translation>没有待发的奖励，做得好！</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="180" />
        <source>Mark as given</source>
        <translation>标记为已发放</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="187" />
        <source>New customers by referral</source>
        <translation>新客户中转介绍占比</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="188" />
        <source>Rewards owed</source>
        <translation>待发奖励</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="244" />
        <source>Rewards owed ({count})</source>
        <translation>待发奖励（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="249" />
        <source>referrals.xlsx</source>
        <translation>转介绍.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="277" />
        <source>&lt;b&gt;{name}&lt;/b&gt; brought in {direct} directly, {total} in all over {generations} generations, who have spent {revenue} since each was referred.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 直接介绍 {direct} 人，整条链共 {total} 人、{generations} 代，各自被介绍后累计消费 {revenue}。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="287" />
        <source>Brought in by: {upline}.</source>
        <translation>上线：{upline}。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/referrals_page.py" line="341" />
        <source>{referrer} for bringing in {referred}</source>
        <translation>{referrer}，介绍了 {referred}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/new_customer_shares.py" line="18" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/new_customer_shares.py" line="21" />
        <source>New files</source>
        <translation>新建档客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/new_customer_shares.py" line="24" />
        <source>New customer files: customers filed in the month, whether or not they have bought; customers in the Trash are left out.</source>
        <translation>新建档客户：当月建档的客户，不论是否已购买；回收站中的客户不计。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/new_customer_shares.py" line="31" />
        <source>First-time buyers</source>
        <translation>首次购买客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/new_customer_shares.py" line="34" />
        <source>Customers whose first purchase falls in the month, whenever they were filed; customers in the Trash are left out.</source>
        <translation>第一笔购买落在当月的客户，不论何时建档；回收站中的客户不计。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/new_customer_shares.py" line="41" />
        <source>By referral (converted)</source>
        <translation>转介绍成交</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/new_customer_shares.py" line="44" />
        <source>The month's new files whose referral has converted.</source>
        <translation>当月新建档且其转介绍已成交的客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/new_customer_shares.py" line="49" />
        <source>Referral leads</source>
        <translation>转介绍未成交</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/new_customer_shares.py" line="52" />
        <source>The month's new files referred who have not converted (a lead, visited or lost).</source>
        <translation>当月新建档、由人介绍但尚未成交（意向、已到店或未成交）的客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/new_customer_shares.py" line="59" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/new_customer_shares.py" line="62" />
        <source>By referral (converted) of all the month's new files.</source>
        <translation>转介绍成交占当月全部新建档客户的比例。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="71" />
        <location filename="../../src/custdesk/ui/shell/export_period.py" line="27" />
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="72" />
        <source>Last 6 months</source>
        <translation>最近 6 个月</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="73" />
        <source>Last 24 months</source>
        <translation>最近 24 个月</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="74" />
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="75" />
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="76" />
        <source>Chosen dates</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="82" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="89" />
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="91" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="132" />
        <source>New files and first-time buyers per month</source>
        <translation>每月新建档与首次购买客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="153" />
        <source>Visits: visits logged in the month, by the shop's day they happened, each kind apart. Customers in the Trash are left out.</source>
        <translation>回访次数：当月记录的回访，按发生当天（本店日期）计，按类型分列。回收站中的客户不计。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="158" />
        <source>Average satisfaction: the rated visits' scores added up, divided by how many were rated; a visit without a rating is no zero. Customers in the Trash are left out.</source>
        <translation>平均满意度：有评分的回访分数之和，除以有评分的回访数；未评分的回访不算 0 分。回收站中的客户不计。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="163" />
        <source>Complaints: complaints received in the month, whatever became of them.</source>
        <translation>投诉数：当月收到的投诉，不论后来如何处理。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="168" />
        <source>Referred: referrals made in the period (by referral date), neither the referrer nor the referred customer in the Trash. Ranked by referrals, then by what the people they referred who converted spent since each referral, then by name.</source>
        <translation>介绍人数：本期（按介绍日期）所做的转介绍，介绍人和被介绍客户都不在回收站。排序：先按介绍人数，其次按所介绍且已成交客户自被介绍那天起的消费，再按姓名。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="181" />
        <source>Top {shown} of {count} referrers, ranked by referrals made in the period, then by what the converted ones spent since being referred, then by name.</source>
        <translation>共 {count} 位介绍人，显示前 {shown} 位：按本期介绍人数排序，其次按已成交者被介绍后的消费，再按姓名。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="189" />
        <source>Ranked by referrals made in the period, then by what the converted ones spent since being referred, then by name.</source>
        <translation>按本期介绍人数排序，其次按已成交者被介绍后的消费，再按姓名。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="304" />
        <source>{period}: {new} new files, {buyers} first-time buyers, {share} came by referral · {visits} visits · {complaints} complaints, {same_day} resolved the same day</source>
        <translation>{period}：新建档 {new} 位，首次购买 {buyers} 位，转介绍成交占 {share} · 回访 {visits} 次 · 投诉 {complaints} 起，当日解决 {same_day}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="135" />
        <source>Visits per month, by kind</source>
        <translation>每月回访（按方式）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="84" />
        <source>&amp;Period</source>
        <translation>时间范围(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="139" />
        <source>Share of new files who came by referral (converted)</source>
        <translation>新建档中转介绍成交占比</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="142" />
        <source>Average satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="143" />
        <source>Complaints and same-day resolution</source>
        <translation>投诉与当日解决率</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="144" />
        <source>Top 10 referrers</source>
        <translation>转介绍前 10 名</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="194" />
        <source> Not shown: {more} more with the same number of referrals ({referrals}).</source>
        <translation>未显示：另有 {more} 位介绍人数同为 {referrals}。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="203" />
        <source>New customer files: customers filed in the month, whether or not they have bought. First-time buyers: customers whose first purchase falls in the month, whenever they were filed. Customers in the Trash are left out of both.</source>
        <translation>新建档客户：当月建档的客户，不论是否已购买。首次购买客户：第一笔购买落在当月的客户，不论何时建档。两者都不计回收站中的客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="210" />
        <source>Came by referral: the month's new files whose referral has converted. Referral leads: new files referred who have not converted (a lead, visited or lost). The share is the converted ones of all the month's new files.</source>
        <translation>经转介绍成交：当月新建档且其转介绍已成交的客户。转介绍未成交：当月新建档、由人介绍但尚未成交（意向、已到店或未成交）的客户。占比为转介绍成交占当月全部新建档客户的比例。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="289" />
        <source>Nobody referred a customer in this period.</source>
        <translation>此期间没有人介绍新客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/reports_page.py" line="293" />
        <source>Nothing was recorded in this period.</source>
        <translation>此期间没有任何记录。</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/resolve_dialog.py" line="41" />
        <source>Resolve complaint</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/resolve_dialog.py" line="45" />
        <source>{name}: {description}</source>
        <translation>{name}：{description}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/resolve_dialog.py" line="53" />
        <source>What was done for the customer</source>
        <translation>为客户做了什么处理</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/resolve_dialog.py" line="57" />
        <source>A call to check the customer is happy again is planned for tomorrow.</source>
        <translation>已安排明天回访，确认客户重新满意。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/resolve_dialog.py" line="64" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/resolve_dialog.py" line="92" />
        <source>Complaint resolved: {name}</source>
        <translation>投诉已解决：{name}</translation>
    </message>
</context>
<context>
    <name>RewardDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/reward_dialog.py" line="40" />
        <source>Reward for a referral</source>
        <translation>转介绍奖励</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/reward_dialog.py" line="49" />
        <source>Value in yuan (empty for thanks only)</source>
        <translation>金额（元，仅致谢可留空）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/reward_dialog.py" line="53" />
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/reward_dialog.py" line="54" />
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/reward_dialog.py" line="55" />
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
</context>
<context>
    <name>RowMessages</name>
    <message>
        <location filename="../../src/custdesk/ui/widgets/row_messages_view.py" line="24" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/row_messages_view.py" line="28" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/row_messages_view.py" line="30" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>SavePlaces</name>
    <message>
        <location filename="../../src/custdesk/ui/common/save_places.py" line="48" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/save_places.py" line="52" />
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/save_places.py" line="66" />
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="71" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="75" />
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="76" />
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="284" />
        <source>Greeting days</source>
        <translation>问候节日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="77" />
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="78" />
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="224" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="97" />
        <source>Shown in the window title and on reports</source>
        <translation>显示在窗口标题和报表上</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="103" />
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="280" />
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="104" />
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="281" />
        <source>Dormant after no contact for</source>
        <translation>多久未联系算沉睡</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="105" />
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="282" />
        <source>Lost after no contact for</source>
        <translation>多久未联系算流失</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="106" />
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="283" />
        <source>Call regular customers back every</source>
        <translation>老客户回访周期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="109" />
        <source>A customer's own follow-up cadence, set in their file, wins over the shop's. New thresholds move customers between stages as soon as you save.</source>
        <translation>客户档案里单独设置的回访周期优先于店铺的默认周期。保存后，新的天数会立即重新划分客户阶段。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="120" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="126" />
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="126" />
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="126" />
        <source>Date or dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="139" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="141" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="149" />
        <source>Write 10-01 for a day that is the same every year. For a lunar holiday, list its date in each year: 2027-02-06, 2028-01-26.</source>
        <translation>每年同一天的节日写成 10-01；农历节日请逐年列出日期，例如：2027-02-06, 2028-01-26。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="183" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="194" />
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="197" />
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="212" />
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="285" />
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="198" />
        <source>Always keep the latest</source>
        <translation>始终保留最近的份数</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="199" />
        <source>Keep older backups for</source>
        <translation>较早的备份保留</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="202" />
        <source>Besides the latest ones, one backup a day is kept for two weeks, one a week for two months and one a month after that. A folder on another disk or a USB stick also survives a broken computer.</source>
        <translation>除最近几份外，两周内每天保留一份，两个月内每周保留一份，之后每月保留一份。把备份放在另一块硬盘或 U 盘上，电脑坏了数据也还在。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="218" />
        <source>Same as this computer</source>
        <translation>跟随本电脑</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="225" />
        <source>A new language is used from the next time CustDesk starts.</source>
        <translation>新的语言将在下次启动客户档案台时生效。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/settings_dialog.py" line="288" />
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_page.py" line="97" />
        <source>Log a visit or call…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_page.py" line="99" />
        <source>Export follow-ups to Excel…</source>
        <translation>导出待回访到 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="40" />
        <source>No birthdays in the next 6 days.</source>
        <translation>未来 6 天没有客户过生日。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="46" />
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="106" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="55" />
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="110" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_page.py" line="132" />
        <source>Birthdays to come ({count})</source>
        <translation>近期生日（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_page.py" line="133" />
        <source>Holidays ({count})</source>
        <translation>节日问候（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_page.py" line="135" />
        <source>Rewards owed ({count})</source>
        <translation>待发奖励（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="43" />
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="82" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="50" />
        <source>Turns</source>
        <translation>年满</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="67" />
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="89" />
        <source>Log greeting…</source>
        <translation>记录问候…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="84" />
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="79" />
        <source>No holidays today or in the next 6 days.</source>
        <translation>今天及未来 6 天没有节日。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="103" />
        <source>Nobody has gone quiet lately.</source>
        <translation>最近没有久未联系的客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="114" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="118" />
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="136" />
        <source>Log call…</source>
        <translation>记录电话…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="137" />
        <source>Call today</source>
        <translation>今天致电</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_titles.py" line="25" />
        <source>Birthdays in the next 6 days, to {last}: {count} (today's are on the work list)</source>
        <translation>未来 6 天（至 {last}）的生日：{count}（今天的生日在待办列表中）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_titles.py" line="32" />
        <source>Holidays today and in the next 6 days, to {last}: {count}</source>
        <translation>今天及未来 6 天（至 {last}）的节日：{count}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_titles.py" line="54" />
        <source>Gone quiet ({count} of {total})</source>
        <translation>久未联系（{count}，共 {total}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="145" />
        <source>Referral rewards owed ({count})</source>
        <translation>待发转介绍奖励（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="146" />
        <source>No rewards owed. Every referrer has been thanked.</source>
        <translation>没有待发奖励，每位介绍人都已致谢。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="151" />
        <source>Referrer</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="155" />
        <source>For bringing</source>
        <translation>介绍的客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="158" />
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_sections.py" line="168" />
        <source>Mark as given</source>
        <translation>标记为已发放</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_page.py" line="220" />
        <source>Birthday greeting</source>
        <translation>生日问候</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_page.py" line="293" />
        <source>Today, {date}</source>
        <translation>今日 · {date}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_page.py" line="309" />
        <source>follow-ups.xlsx</source>
        <translation>待回访.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_titles.py" line="40" />
        <source>Gone quiet in the last {window} days, no call planned: {count} (of {total} who have bought with no contact for {days} days or more)</source>
        <translation>近 {window} 天刚变得久未联系、未安排回访：{count}（消费过的客户中共 {total} 位已 {days} 天以上未联系）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_titles.py" line="68" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_titles.py" line="70" />
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/today_titles.py" line="71" />
        <source>{date} (in {days} days)</source>
        <translation>{date}（{days} 天后）</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../../src/custdesk/ui/common/undo_stack.py" line="14" />
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/undo_stack.py" line="17" />
        <source>Redone: {what}</source>
        <translation>已重做：{what}</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="69" />
        <source>Complete follow-up</source>
        <translation>完成回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="69" />
        <source>Log a visit or call</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="82" />
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="85" />
        <source>1 — very unhappy</source>
        <translation>1 — 很不满意</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="86" />
        <source>2 — unhappy</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="87" />
        <source>3 — all right</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="88" />
        <source>4 — happy</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="89" />
        <source>5 — very happy</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="106" />
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="164" />
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="171" />
        <source>No date</source>
        <translation>不定日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="110" />
        <source>+{days} days</source>
        <translation>+{days} 天</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="113" />
        <source>On</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="135" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="136" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="137" />
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="138" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="139" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="140" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="141" />
        <source>Served by</source>
        <translation>接待店员</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="142" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="143" />
        <source>Next contact</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="159" />
        <source>Next contact planned for {date}.</source>
        <translation>下次联系安排在 {date}。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="166" />
        <source>No next contact will be planned.</source>
        <translation>不安排下次联系。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="173" />
        <source>Nothing more is planned: a contact is already planned for {date}.</source>
        <translation>不再另外安排：已有 {date} 的回访计划。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="178" />
        <source>By rhythm</source>
        <translation>按回访周期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="181" />
        <source>Next contact planned for {date}, by the customer's rhythm (every {days} days).</source>
        <translation>下次联系安排在 {date}（按该客户的回访周期：每 {days} 天）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="234" />
        <source>Follow-up done: {name}</source>
        <translation>已完成回访：{name}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="234" />
        <source>Visit logged: {name}</source>
        <translation>已记录到访/来电：{name}</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="63" />
        <source>All kinds</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="67" />
        <source>Log a visit or call…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="69" />
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="77" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="79" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="88" />
        <source>No visits or calls in this period.</source>
        <translation>此期间没有来店或回访记录。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="115" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="116" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="117" />
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="118" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="119" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="121" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="125" />
        <source>Served by</source>
        <translation>接待店员</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="126" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="164" />
        <source>Visits: {count}</source>
        <translation>回访：{count} 条</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="166" />
        <source> — showing the newest {shown}; narrow the dates to see older ones</source>
        <translation>，仅显示最新的 {shown} 条；缩小日期范围可查看更早的记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="173" />
        <source>visits.xlsx</source>
        <translation>回访记录.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/pages/visits_page.py" line="193" />
        <source>All clerks</source>
        <translation>全部店员</translation>
    </message>
</context>
<context>
    <name>WorkListSection</name>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="38" />
        <source>Task</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="39" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="40" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="41" />
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="44" />
        <source>To do, most urgent first ({count})</source>
        <translation>今日待办，最急的在前（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="45" />
        <source>Nothing to do right now. Well done!</source>
        <translation>眼下没有待办，做得好！</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="51" />
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="102" />
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="52" />
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="56" />
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="58" />
        <source>In {days} days</source>
        <translation>{days} 天后</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="64" />
        <source>Cancel it</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="73" />
        <source>Complaint today</source>
        <translation>今日投诉</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="74" />
        <source>Complaint, open {days} d</source>
        <translation>投诉未处理 {days} 天</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="77" />
        <source>Check-back, {days} d late</source>
        <translation>投诉回访 逾期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="78" />
        <source>{days} d late</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="80" />
        <source>Complaint check-back</source>
        <translation>投诉处理回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="82" />
        <source>Birthday today</source>
        <translation>今天生日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="83" />
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="89" />
        <source>Turns {age}</source>
        <translation>{age} 岁生日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="98" />
        <source>Resolve…</source>
        <translation>处理完成…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/work_list.py" line="100" />
        <source>Log greeting…</source>
        <translation>记录问候…</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="273" />
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="274" />
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="275" />
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="276" />
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="277" />
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="278" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="279" />
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="280" />
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="281" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="282" />
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="283" />
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="284" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/custdesk/cli.py" line="96" />
        <source>{error}. Nothing was changed.</source>
        <translation>{error}。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli.py" line="111" />
        <source>the shop name is longer than {count} characters</source>
        <translation>店名超过 {count} 个字</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli.py" line="119" />
        <source>new shop file: {path}</source>
        <translation>新建店铺档案文件：{path}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_backups.py" line="36" />
        <source>{made_at}  {reason:&lt;16} {size:8.1f} MB  {count:&gt;7} customer  {path}</source>
        <translation>{made_at}  {reason:&lt;16} {size:8.1f} MB  {count:&gt;7} 位客户  {path}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_backups.py" line="37" />
        <source>{made_at}  {reason:&lt;16} {size:8.1f} MB  {count:&gt;7} customers  {path}</source>
        <translation>{made_at}  {reason:&lt;16} {size:8.1f} MB  {count:&gt;7} 位客户  {path}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_backups.py" line="56" />
        <source>backup: {path}</source>
        <translation>备份：{path}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_backups.py" line="69" />
        <source>{path} is the shop file itself; a backup must go to another file. Nothing was changed.</source>
        <translation>{path} 就是店铺档案文件本身；备份必须写到另一个文件。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_backups.py" line="76" />
        <source>{path} is a folder; name the backup file to write inside it.</source>
        <translation>{path} 是文件夹；请写出要在其中创建的备份文件名。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_backups.py" line="79" />
        <source>There is already a file at {path}; a backup never replaces one. Nothing was changed; choose a new file name.</source>
        <translation>{path} 已经有文件；备份从不覆盖已有的文件。没有做任何更改；请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_backups.py" line="97" />
        <source>{path} is the shop file itself. Nothing was changed.</source>
        <translation>{path} 就是店铺档案文件本身。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_backups.py" line="99" />
        <source>restored {name} -&gt; {path}</source>
        <translation>已恢复 {name} -&gt; {path}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_backups.py" line="104" />
        <source>a working file of the deleted shop file was kept aside as {path}</source>
        <translation>已删除的店铺档案文件留下的工作文件另存为 {path}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_backups.py" line="121" />
        <source>the damaged file was moved aside to {path}</source>
        <translation>损坏的文件已移到 {path}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_backups.py" line="124" />
        <source>restored {name} (customers: {count}); the data before is kept in {path}</source>
        <translation>已恢复 {name}：{count} 位客户；恢复前的数据保存在 {path}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli.py" line="243" />
        <source>export: rows: {rows}; sheets: {sheets}; {seconds:.1f} s -&gt; {path}</source>
        <translation>导出：{sheets} 张工作表共 {rows} 行，用时 {seconds:.1f} 秒 -&gt; {path}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli.py" line="140" />
        <source>--customers must be 1 to {most:,}</source>
        <translation>--customers 须在 1 到 {most:,} 之间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli.py" line="144" />
        <source>--today must lie between {first} and {last}; nothing was created</source>
        <translation>--today 须在 {first} 到 {last} 之间；没有创建任何内容</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli.py" line="152" />
        <source>demo: {customers} customers, {purchases} purchases, {visits} visits, {follow_ups} follow-ups, {referrals} referrals (deepest chain {depth}), {rewards} rewards, {complaints} complaints in {seconds:.1f} s -&gt; {path}</source>
        <translation>演示数据：{customers} 位客户，{purchases} 笔成交，{visits} 次回访，{follow_ups} 个待回访，{referrals} 个转介绍（最长链 {depth} 代），{rewards} 笔奖励，{complaints} 个投诉，用时 {seconds:.1f} 秒 -&gt; {path}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli.py" line="175" />
        <source>not a CustDesk file: {why}</source>
        <translation>不是客户档案台文件：{why}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli.py" line="181" />
        <source>DAMAGED: {path}</source>
        <translation>已损坏：{path}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli.py" line="231" />
        <source>--from {since} is after --to {until}: give --from first, both dates {allowed}</source>
        <translation>--from {since} 晚于 --to {until}：--from 应是较早的日期，两个日期都须{allowed}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli.py" line="255" />
        <location filename="../../src/custdesk/cli.py" line="289" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli.py" line="256" />
        <source>no name or phone column found in {file} (headers: {headers})</source>
        <translation>{file} 中没有找到姓名列或电话列（表头：{headers}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli.py" line="262" />
        <source>the birthdays in {file} can be read day first or month first (e.g. {example}): say which with --date-order dmy, mdy or ymd; nothing was imported</source>
        <translation>{file} 中的生日可以按日在前或月在前来读（例如 {example}）：请用 --date-order dmy、mdy 或 ymd 说明；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli.py" line="290" />
        <source>no date column, or no phone or name column, found in {file} (headers: {headers}); nothing was imported</source>
        <translation>{file} 中没有日期列，或没有电话或姓名列（表头：{headers}）；未导入任何记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli.py" line="301" />
        <source>the dates in {file} can be read day first or month first (e.g. {example}): say which with --date-order dmy, mdy or ymd; nothing was imported</source>
        <translation>{file} 中的日期既可按日在前、也可按月在前读（例如 {example}）：请用 --date-order dmy、mdy 或 ymd 说明；未导入任何记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli.py" line="322" />
        <source>skipped rows written to {path}</source>
        <translation>跳过的行已写入 {path}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_common.py" line="36" />
        <source>between {first} and {last}</source>
        <translation>在 {first} 到 {last} 之间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_common.py" line="52" />
        <source>{option} {day} is out of range: give dates {allowed}</source>
        <translation>{option} {day} 超出范围：日期须{allowed}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="66" />
        <source>CustDesk Today {date}</source>
        <translation>客户档案台 今日 {date}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="68" />
        <source>Overdue follow-ups ({count})</source>
        <translation>逾期回访（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="73" />
        <source>{days} day late</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="74" />
        <source>{days} days late</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="82" />
        <source>Due today ({count})</source>
        <translation>今日待回访（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="94" />
        <source>turns {age}</source>
        <translation>{age}岁</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="109" />
        <source>Gone quiet in the last {window} days, no call planned: {count} (of {total} who have bought with no contact for {days} days or more)</source>
        <translation>近 {window} 天刚变得久未联系、未安排回访：{count}（消费过的客户中共 {total} 位已 {days} 天以上未联系）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="130" />
        <source>Open complaints: {count}</source>
        <translation>未结投诉：{count}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="146" />
        <source>damage: {problem}</source>
        <translation>损坏：{problem}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="148" />
        <source>broken link: {problem}</source>
        <translation>关联断开：{problem}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="152" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="155" />
        <source>integrity: ok, foreign keys: ok, customers: {count}</source>
        <translation>完整性：正常，关联：正常，客户：{count}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="163" />
        <source>duplicate phone: ... and {count} more number</source>
        <translation>重复电话：……另有 {count} 个号码</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="164" />
        <source>duplicate phone: ... and {count} more numbers</source>
        <translation>重复电话：……另有 {count} 个号码</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="182" />
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="188" />
        <source>{id} ({name})</source>
        <translation>{id}（{name}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="193" />
        <source>{some} and {last}</source>
        <translation>{some}和{last}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="194" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="199" />
        <source>duplicate phone: {number} is on customers {owners}</source>
        <translation>重复电话：{number} 属于客户 {owners}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="279" />
        <source>import-history: purchases added: {imported}; customers: {customers}; rows not imported: {skipped} (sheet {sheet!r}, rows: {rows})</source>
        <translation>导入记录：为 {customers} 位客户添加了 {imported} 条成交记录，{skipped} 行未导入（工作表 {sheet!r}，共 {rows} 行）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="284" />
        <source>import-history: visits added: {imported}; customers: {customers}; rows not imported: {skipped} (sheet {sheet!r}, rows: {rows})</source>
        <translation>导入记录：为 {customers} 位客户添加了 {imported} 条回访记录，{skipped} 行未导入（工作表 {sheet!r}，共 {rows} 行）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="237" />
        <location filename="../../src/custdesk/cli_text.py" line="304" />
        <source>  ... and {count} more</source>
        <translation>  ……另有 {count} 行</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="54" />
        <source>{shown} of {count} found; --limit prints more</source>
        <translation>找到 {count} 位，列出前 {shown} 位；用 --limit 可列出更多</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="57" />
        <source>{count} found</source>
        <translation>找到 {count} 位</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="87" />
        <source>Birthdays, today and the next 6 days ({count})</source>
        <translation>今天及未来 6 天的生日（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="102" />
        <source>Holidays, today and the next 6 days ({count})</source>
        <translation>今天及未来 6 天的节日（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="124" />
        <source>Referral rewards owed ({count})</source>
        <translation>待发转介绍奖励（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="128" />
        <source>for bringing {name}</source>
        <translation>介绍了 {name}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="170" />
        <source>{count} phone number on more than one customer: merge them in the window if they are the same person (a warning, not damage)</source>
        <translation>有 {count} 个电话号码属于不止一位客户：如果是同一个人，请在窗口中合并他们的档案（这是提醒，不是损坏）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="175" />
        <source>{count} phone numbers on more than one customer: merge them in the window if they are the same person (a warning, not damage)</source>
        <translation>有 {count} 个电话号码属于不止一位客户：如果是同一个人，请在窗口中合并他们的档案（这是提醒，不是损坏）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="213" />
        <source>import: imported: {imported}; updated: {updated}; already up to date: {unchanged}; merged into an earlier row with the same phone: {merged}; skipped: {skipped}; with invisible characters removed: {cleaned} (sheet {sheet!r}, rows: {rows})</source>
        <translation>导入：新增 {imported} 位，更新 {updated} 位，{unchanged} 位已是最新，{merged} 行并入同一电话的前一行，跳过 {skipped} 行，{cleaned} 行去除了不可见字符（工作表 {sheet!r}，共 {rows} 行）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="240" />
        <source>{chars} from {field}</source>
        <translation>{field}中的 {chars}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="246" />
        <source>  row {row}: imported; removed invisible characters {where}</source>
        <translation>  第 {row} 行：已导入；去除了不可见字符 {where}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="250" />
        <source>  ... and {count} more rows with invisible characters removed</source>
        <translation>  ……另有 {count} 行去除了不可见字符</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_text.py" line="263" />
        <source>conflicts: {count} ({kept} kept, {replaced} replaced, {left} left for you)</source>
        <translation>冲突：{count} 处（保留 {kept}，替换 {replaced}，待您处理 {left}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_errors.py" line="16" />
        <source>{path} is a folder, not a shop file. Nothing was changed. Name the shop file inside it with --db.</source>
        <translation>{path} 是一个文件夹，不是店铺档案。没有任何改动。请用 --db 指明其中的店铺档案文件。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_errors.py" line="21" />
        <source>{path} is an empty file (0 bytes), not a shop file. Nothing was changed. To start a new shop file there, run: custdesk new --db {path}</source>
        <translation>{path} 是一个空文件（0 字节），不是店铺档案。没有任何改动。要在那里新建店铺档案，请运行：custdesk new --db {path}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_errors.py" line="26" />
        <source>There is no shop file at {path}. Nothing was changed. To start a new shop file there, run: custdesk new --db {path}</source>
        <translation>{path} 没有店铺档案。没有任何改动。要在那里新建店铺档案，请运行：custdesk new --db {path}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_errors.py" line="33" />
        <source>There is already a shop file at {path}. Nothing was changed.</source>
        <translation>{path} 已经有一个店铺档案。没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_errors.py" line="34" />
        <source>There is already a file that is not a shop file at {path}. Nothing was changed.</source>
        <translation>{path} 已经有一个文件，它不是店铺档案。没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="34" />
        <source>database file to use (default: custdesk.db in the per-user data folder)</source>
        <translation>要使用的档案文件（默认：当前用户数据文件夹中的 custdesk.db）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="48" />
        <source>language of what is printed and written (default: $CUSTDESK_LANG, else the system's)</source>
        <translation>输出和写入文件所用的语言（默认：$CUSTDESK_LANG，否则跟随系统）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="70" />
        <source>{value} is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30</source>
        <translation>{value} 不是日期：请写成 年-月-日，例如 2026-11-30</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser_imports.py" line="35" />
        <source>{value} is not a row number: write 1 for the first row, 0 for none</source>
        <translation>{value} 不是行号：第一行写 1，没有列名行写 0</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="80" />
        <source>{value} is not a number of customers: write 1 or more</source>
        <translation>{value} 不是客户人数：请写 1 或更大的数</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="89" />
        <source>CustDesk 客户档案台: customer files, visits, follow-ups and referrals.</source>
        <translation>客户档案台：客户档案、来访、回访和转介绍。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="99" />
        <source>open the window (the default)</source>
        <translation>打开窗口（默认）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="105" />
        <source>create an empty shop file (other commands never create one)</source>
        <translation>新建一个空的店铺档案（其他命令从不新建）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="107" />
        <source>Create a new, empty shop file at --db (default: custdesk.db in the per-user data folder). Refused when any file is already there, except an empty (0-byte) one.</source>
        <translation>在 --db 指定的位置新建一个空的店铺档案（默认：当前用户数据文件夹中的 custdesk.db）。那里已有文件时拒绝（空的 0 字节文件除外）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="116" />
        <source>the shop's name, shown in the window title</source>
        <translation>店铺名称，显示在窗口标题中</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="122" />
        <source>fill an empty database with realistic demo customers</source>
        <translation>在空档案中填入逼真的演示客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="124" />
        <source>Fill an empty database with demo customers, purchases, visits, follow-ups, referral chains and complaints. The same seed and --today give the same data.</source>
        <translation>在空档案中填入演示客户、成交、来访、回访、介绍链和投诉。相同的 seed 和 --today 得到相同的数据。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="132" />
        <source>default 1000</source>
        <translation>默认 1000</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="134" />
        <source>default 1</source>
        <translation>默认 1</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="139" />
        <source>date the demo is placed around (default: today)</source>
        <translation>演示数据围绕的日期（默认：今天）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="145" />
        <source>check the database for damage (exit 1 if damaged)</source>
        <translation>检查档案是否损坏（损坏时退出码为 1）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="146" />
        <source>Run SQLite's integrity_check and foreign_key_check, read-only.</source>
        <translation>以只读方式运行 SQLite 的 integrity_check 和 foreign_key_check。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="151" />
        <source>print today's agenda: follow-ups, birthdays, holidays, quiet customers</source>
        <translation>打印今日待办：回访、生日、节日、久未联系的客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="165" />
        <source>the day to print the agenda for (default: today)</source>
        <translation>打印哪一天的待办（默认：今天）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="170" />
        <source>print the customers a search finds, as the customer list shows them</source>
        <translation>列出搜索找到的客户，与客户列表所列相同</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="172" />
        <source>Print the customers TEXT finds, in the order the customer list ranks them: name, phone, stage and last contact, then how many were found. Exit 1 when none is found.</source>
        <translation>按客户列表的排序列出 TEXT 找到的客户：姓名、电话、阶段、上次联系，最后是找到的人数。一位也没找到时退出码为 1。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="181" />
        <source>what a clerk would type into the search box</source>
        <translation>店员在搜索框里输入的文字</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="188" />
        <source>print at most N customers (default 50)</source>
        <translation>最多列出 N 位客户（默认 50）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="193" />
        <source>write reports to an Excel workbook (one sheet each)</source>
        <translation>把报表写入 Excel 工作簿（每个报表一张工作表）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="195" />
        <source>Write one or more reports to an .xlsx file: customers, visits, followups, complaints, referrals, summary. The file is replaced only when complete.</source>
        <translation>把一个或多个报表写入 .xlsx 文件：customers、visits、followups、complaints、referrals、summary。文件完整写好后才替换。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="204" />
        <source>customers, visits, followups, complaints, referrals or summary</source>
        <translation>customers、visits、followups、complaints、referrals 或 summary</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser_imports.py" line="62" />
        <source>import customers from a spreadsheet, CSV/TXT or vCard file</source>
        <translation>从电子表格、CSV/TXT 或 vCard 文件导入客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser_imports.py" line="64" />
        <source>Import customers from .xlsx, .xls, .xlsb, .ods, .et, CSV/TXT, an HTML table saved as .xls, or vCards (.vcf), with the columns matched automatically (姓名/name, 电话/phone, 生日/birthday...). Every row with a name or a phone goes in, in one transaction; rows with notes or problems are listed. Exit code 1 when nothing was imported.</source>
        <translation>从 .xlsx、.xls、.xlsb、.ods、.et、CSV/TXT、另存为 .xls 的网页表格或 vCard（.vcf）导入客户，自动对应各列（姓名、电话、生日……）。凡有姓名或电话的行都在一次事务中导入；带备注或有问题的行会列出。一行也没有导入时退出码为 1。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser_imports.py" line="43" />
        <source>sheet to read (default: the first)</source>
        <translation>要读取的工作表（默认：第一张）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser_imports.py" line="50" />
        <source>the row holding the column names, numbered as the spreadsheet shows it (default: found below titles and blank rows; 0: the sheet has no header row)</source>
        <translation>列名所在的行，按电子表格显示的行号（默认：在标题行和空行下方自动找到；0：表中没有列名行）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="153" />
        <source>Print the Today page as text, every section of it: overdue and due follow-ups, birthdays and holidays of today and the next 6 days, customers who just went quiet, referral rewards owed and open complaints.</source>
        <translation>以文字打印“今日”页的每一部分：逾期和到期的回访、今天及未来 6 天的生日和节日、刚刚久未联系的客户、待发的转介绍奖励和未结投诉。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser_imports.py" line="81" />
        <source>a phone already on file: skip the row (default), update that customer, or import as a new customer</source>
        <translation>电话已在档案中时：跳过该行（默认）、更新那位客户，或作为新客户导入</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser_imports.py" line="93" />
        <source>a field that differs from the customer on file (or from an earlier row with the same phone): keep what is there (default) or replace it; every conflict is listed</source>
        <translation>与档案中客户（或同一电话的前一行）不同的字段：保留原有内容（默认）或替换；每处不同都会列出</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser_imports.py" line="104" />
        <source>also write the skipped rows here</source>
        <translation>同时把跳过的行写到这里</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser_imports.py" line="110" />
        <source>how the birthdays are written when day and month could be either way (5/3/1990): day first (dmy), month first (mdy, as Outlook writes), or year first (ymd). Without it, the column's own dates decide, and the import asks when they do not</source>
        <translation>日和月可能颠倒时（5/3/1990）生日的写法：日在前（dmy）、月在前（mdy，Outlook 的写法）或年在前（ymd）。不指定时由这一列自己的日期决定，决定不了时导入会询问</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser_imports.py" line="122" />
        <source>add purchase or visit history from a spreadsheet to customers on file</source>
        <translation>把表格中的成交或回访记录添加到已有客户名下</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser_imports.py" line="124" />
        <source>Add an old list of purchases or visits, one row each (phone, date, item or kind, amount, notes), to the customers on file: a row is matched by its phone, or by its name when only one customer has it, and never guessed. Dates must be full dates. The files read are those of 'custdesk import'. Every good row goes in, in one transaction; each row not imported is listed with why. Exit code 1 when nothing was imported.</source>
        <translation>把旧的成交或回访记录（每行一条：电话、日期、商品或方式、金额、备注）添加到已有客户名下：按电话对应客户；没有电话时，按只有一位客户使用的姓名对应，绝不猜测。日期必须是完整日期。可读取的文件与“custdesk import”相同。所有有效的行在同一事务中导入；未导入的每一行都会列出原因。一行也没有导入时退出码为 1。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser_imports.py" line="140" />
        <source>what the rows are: purchases or visits (default: purchases when the file has an amount column, else visits)</source>
        <translation>各行是什么记录：purchases（成交）或 visits（回访）（默认：文件有金额列时为成交，否则为回访）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser_imports.py" line="152" />
        <source>how the dates are written when day and month could be either way (5/3/2026): day first (dmy), month first (mdy), or year first (ymd). Without it, the column's own dates decide, and the command asks when they do not</source>
        <translation>日和月可能颠倒时（5/3/2026）日期的写法：日在前（dmy）、月在前（mdy）或年在前（ymd）。不指定时由这一列自己的日期决定，决定不了时命令会询问</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="213" />
        <source>back the database up now (into the backup folder, or --to FILE)</source>
        <translation>立即备份档案（到备份文件夹，或 --to 指定的文件）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="215" />
        <source>Make a consistent copy with SQLite's online backup API, even while the window is open. Without --to, the copy goes to the backup folder (Settings) and old backups are thinned; --list shows the backups instead.</source>
        <translation>用 SQLite 的在线备份接口做一份一致的副本，窗口开着时也可以。不带 --to 时，副本放进备份文件夹（设置中指定），并清理旧备份；--list 则列出已有备份。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="225" />
        <source>write the copy here instead</source>
        <translation>改为把副本写到这里</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="228" />
        <source>list the backups, newest first</source>
        <translation>列出备份，最新的在前</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="234" />
        <source>replace the database with a backup (the current file is kept as a backup first)</source>
        <translation>用备份替换档案（当前文件会先另存为一份备份）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="240" />
        <source>Put a backup's customers back. The current data is first saved as a 'before-restore' backup, so a restore can be undone; a damaged file is moved aside as *.corrupt-DATE instead.</source>
        <translation>恢复备份中的客户。当前数据会先存为一份“恢复前”备份，因此恢复可以撤销；损坏的文件则改名为 *.corrupt-日期 移到一旁。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="253" />
        <source>save a picture of every page and the main dialogs (no display needed)</source>
        <translation>为每个页面和主要对话框保存截图（无需显示器）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="255" />
        <source>Render each main page and the Settings and About dialogs to PNG files named PAGE-LANG.png. Without --db, a fresh demo shop (1,000 customers) is pictured and your own file is not touched.</source>
        <translation>把每个主页面以及“设置”和“关于”对话框画成 PNG 文件，名为 页面-语言.png。不带 --db 时，截取一个新的演示店铺（1,000 位客户），不会碰您自己的档案。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/cli_parser.py" line="266" />
        <source>default: the system's language</source>
        <translation>默认：系统语言</translation>
    </message>
</context>
<context>
    <name>complaint figures</name>
    <message>
        <location filename="../../src/custdesk/services/complaints/figures.py" line="37" />
        <source>Resolved the same day: resolved with a fix on the shop's day the complaint came in, out of every complaint received in the period. Still open, closed without a fix or resolved on a later day (taken at 23:59, resolved at 00:01) is not the same day.</source>
        <translation>当日解决：投诉当天（按本店日期）已解决并有处理结果，占该时段收到的全部投诉的比例。仍未结、直接关闭未解决、或隔天才解决（23:59 接到、00:01 解决）都不算当日解决。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/complaints/figures.py" line="43" />
        <source>Hours from receiving the complaint to resolving or closing it, to one decimal (2 h 30 min is 2.5); for one still open, until now, or until the end of the report's last day when that is earlier.</source>
        <translation>从接到投诉到解决或关闭的小时数，保留一位小数（2 小时 30 分为 2.5）；仍未结的，计到现在，若报表最后一天结束得更早，则计到那一天结束。</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="39" />
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="41" />
        <source>MMM</source>
        <translation>M月</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="149" />
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="168" />
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="185" />
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="207" />
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="242" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="170" />
        <source>All visits</source>
        <translation>回访合计</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="181" />
        <source>Came by referral (%)</source>
        <translation>转介绍占比 (%)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="143" />
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="186" />
        <source>New customer files</source>
        <translation>新建档客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="144" />
        <source>First-time buyers</source>
        <translation>首次购买客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="187" />
        <source>Came by referral (converted)</source>
        <translation>经转介绍成交</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="188" />
        <source>Referral leads (not converted)</source>
        <translation>转介绍未成交</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="189" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="203" />
        <source>Average satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="208" />
        <source>Rated visits</source>
        <translation>有评分的回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="209" />
        <source>Average satisfaction (1–5)</source>
        <translation>平均满意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="226" />
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="243" />
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="235" />
        <source>Resolved the same day (%)</source>
        <translation>当日解决率 (%)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="244" />
        <source>Resolved the same day</source>
        <translation>当日解决</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="245" />
        <source>Same-day rate</source>
        <translation>当日解决率</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="260" />
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="273" />
        <source>Referred</source>
        <translation>介绍</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="272" />
        <source>Referrer</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="274" />
        <source>Converted</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="275" />
        <source>Spent by people they referred, since referral</source>
        <translation>所介绍客户被介绍后的消费</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/widgets/dashboard_charts.py" line="290" />
        <source>Top {shown} of {count} referrers shown</source>
        <translation>共 {count} 位推荐人，显示前 {shown} 位</translation>
    </message>
</context>
<context>
    <name>export columns</name>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="37" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="38" />
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="39" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="40" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="41" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="42" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="43" />
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="44" />
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="45" />
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="46" />
        <source>Hobbies</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="47" />
        <source>Temperament</source>
        <translation>性格类型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="48" />
        <source>Important</source>
        <translation>重要客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="49" />
        <source>Decision maker</source>
        <translation>购买决策人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="50" />
        <source>Follow up every (days)</source>
        <translation>回访周期（天）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="51" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="52" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="53" />
        <source>From the old list</source>
        <translation>原表消费</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="56" />
        <source>Total spent (purchases and old list)</source>
        <translation>累计消费（购买加原表）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="57" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="58" />
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="59" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="60" />
        <source>Created</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="61" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="62" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="63" />
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="64" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="65" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="66" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="67" />
        <source>Served by</source>
        <translation>接待店员</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="68" />
        <source>Due</source>
        <translation>应回访日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="69" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="70" />
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="71" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="72" />
        <source>Received</source>
        <translation>接到时间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="73" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="74" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="75" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="76" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="77" />
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="78" />
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="79" />
        <source>Resolved at</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="80" />
        <source>Hours to resolve</source>
        <translation>处理用时（小时）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="81" />
        <source>Same day</source>
        <translation>当日解决</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="82" />
        <source>Referrer</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="83" />
        <source>Referrer type</source>
        <translation>介绍人类型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="84" />
        <source>Referred</source>
        <translation>介绍人数</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="85" />
        <source>Converted</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="88" />
        <source>Spent by people they referred, since referral</source>
        <translation>所介绍客户被介绍后的消费</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="89" />
        <source>Whole chain below (people, all time)</source>
        <translation>其下整条链人数（不限时间）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="92" />
        <source>Generation (1 = brought in by the chain's first)</source>
        <translation>代数（1 = 由链首客户直接介绍）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="95" />
        <source>New customer files</source>
        <translation>新建档客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="96" />
        <source>First-time buyers</source>
        <translation>首次购买客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="97" />
        <source>New files by referral (converted)</source>
        <translation>新建档中转介绍成交</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="98" />
        <source>Referral leads (not converted)</source>
        <translation>转介绍未成交</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="99" />
        <source>Referral share (converted of new files)</source>
        <translation>转介绍成交占新建档比例</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="90" />
        <source>Referred customer</source>
        <translation>被介绍客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="91" />
        <source>Referred on</source>
        <translation>介绍日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="93" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="100" />
        <source>Visits</source>
        <translation>回访次数</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="101" />
        <source>Average satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="102" />
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="103" />
        <source>Resolved same day</source>
        <translation>当日解决</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="104" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="105" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="106" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="175" />
        <source>--{month}-{day}</source>
        <translation>{month}月{day}日</translation>
    </message>
</context>
<context>
    <name>export sheets</name>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="22" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="23" />
        <source>Visits</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="24" />
        <source>Follow-ups due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="25" />
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="26" />
        <source>Referral leaderboard</source>
        <translation>转介绍排行</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="27" />
        <source>Referral chains</source>
        <translation>转介绍关系</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="28" />
        <source>Monthly summary</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="32" />
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="33" />
        <source>exported</source>
        <translation>导出于</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/history_words.py" line="25" />
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="29" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/history_words.py" line="26" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/history_words.py" line="27" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/history_words.py" line="28" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/history_words.py" line="29" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/history_words.py" line="30" />
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/history_words.py" line="35" />
        <source>No phone and no name, so it cannot be matched to a customer.</source>
        <translation>既没有电话也没有姓名，无法对应到客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/history_words.py" line="38" />
        <source>No customer on file has the phone {phone}.</source>
        <translation>档案中没有电话为 {phone} 的客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/history_words.py" line="39" />
        <source>The numbers {phone} belong to different customers.</source>
        <translation>号码 {phone} 分属不同的客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/history_words.py" line="42" />
        <source>No customer on file is called {name}.</source>
        <translation>档案中没有名叫 {name} 的客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/history_words.py" line="43" />
        <source>{count} customers are called {name}; give a phone number to say which.</source>
        <translation>有 {count} 位客户都叫 {name}，请写上电话以确定是哪一位。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/history_words.py" line="24" />
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="30" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="31" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="32" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="33" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="34" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="35" />
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="36" />
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="37" />
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="38" />
        <source>Hobbies</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="39" />
        <source>Temperament</source>
        <translation>性格类型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="40" />
        <source>Important customer</source>
        <translation>重要客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="41" />
        <source>Decision maker</source>
        <translation>购买决策人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="42" />
        <source>Follow up every</source>
        <translation>回访周期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="43" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/history_words.py" line="31" />
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="44" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="45" />
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="46" />
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="47" />
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="48" />
        <source>Opening balance</source>
        <translation>期初金额</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="49" />
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="53" />
        <source>errors</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="54" />
        <source>{sheet}: rows not imported</source>
        <translation>{sheet}：未导入的行</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="55" />
        <source>Rows: {count}</source>
        <translation>共 {count} 行</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_headers.py" line="106" />
        <source>row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_headers.py" line="106" />
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_headers.py" line="106" />
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="60" />
        <source>No name and no phone, so it was not imported.</source>
        <translation>没有姓名也没有电话，未导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="61" />
        <source>The header row again, so it was not imported.</source>
        <translation>这是重复的表头行，未导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="62" />
        <source>A total row, not a customer, so it was not imported.</source>
        <translation>这是合计行，不是客户，未导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="63" />
        <source>The phone number is already on file, so the row was not imported.</source>
        <translation>电话号码已存在，这一行未导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="69" />
        <source>No name and no phone, so it will not be imported.</source>
        <translation>没有姓名也没有电话，不会导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="70" />
        <source>The header row again, so it will not be imported.</source>
        <translation>这是重复的表头行，不会导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="71" />
        <source>A total row, not a customer, so it will not be imported.</source>
        <translation>这是合计行，不是客户，不会导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="72" />
        <source>The phone number is already on file, so the row will not be imported.</source>
        <translation>电话号码已存在，这一行不会导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="75" />
        <source>Its phones belong to two different customers, so it will not be imported and nothing will be merged (see the differences below).</source>
        <translation>它的电话分属两位不同的客户，因此不会导入，也不会合并任何客户（见下方的不同之处）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="80" />
        <source>Its phone belongs to a customer in the Trash, so it will not be imported. Restore that customer first, or import as new.</source>
        <translation>它的电话属于回收站中的一位客户，因此不会导入。请先恢复那位客户，或选择作为新客户导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="87" />
        <source>No name was given, so the customer was imported as {name}; please fill in the name.</source>
        <translation>没有姓名，已导入为 {name}，请补上姓名。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="90" />
        <source>Imported, with a note: what was written under {fields} could not be read and is kept in the notes.</source>
        <translation>已导入，附备注：{fields}中写的内容无法识别，原文已记入备注。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="96" />
        <source>No name is given, so the customer will be imported as {name}; please fill in the name then.</source>
        <translation>没有姓名，将导入为 {name}，导入后请补上姓名。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="101" />
        <source>{field} ({written})</source>
        <translation>{field}（{written}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="102" />
        <source>Will be imported, with a note: what is written under {fields} cannot be read and will be kept in the notes.</source>
        <translation>将导入，附备注：{fields}中写的内容无法识别，原文会记入备注。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="107" />
        <source>The birthday written {written} was read as {date}: the century is a guess, please check it.</source>
        <translation>生日写作 {written}，读作 {date}：年份的世纪是推断的，请核对。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="111" />
        <source>The file gives an opening balance of {file}, but {held} from an earlier list is on file; {held} was kept.</source>
        <translation>文件中的期初金额为 {file}，但档案中已有早先名单的 {held}；已保留 {held}。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="118" />
        <source>The same phone as row {row} ({name}), so it was added to that customer, not imported twice.</source>
        <translation>与第 {row} 行（{name}）的电话相同，已并入该客户，没有重复导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="123" />
        <source>The same phone as row {row} ({name}), so it will be added to that customer, not imported twice.</source>
        <translation>与第 {row} 行（{name}）电话相同，将并入那位客户，不会重复导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="129" />
        <source>The same phone as row {row} ({name}), under another name: imported as a customer of their own. Merge the two if they are one person.</source>
        <translation>与第 {row} 行（{name}）的电话相同，但姓名不同：已作为另一位客户导入。如果是同一个人，请合并这两位客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="134" />
        <source>The same phone as row {row} ({name}), under another name: will be imported as a customer of their own.</source>
        <translation>与第 {row} 行（{name}）的电话相同，但姓名不同：将作为另一位客户导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="139" />
        <source>The notes ran past the {limit} characters the form holds; nothing was cut: the rest follows a marked line at the end of the notes. Please shorten them.</source>
        <translation>备注超出表单可容纳的 {limit} 字；没有删减，超出部分接在备注中标明“续”的一行之后，请整理缩短。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="144" />
        <source>Its phones belong to two different customers ({owners}), so it was not imported and nothing was merged. Merge them or correct the row, then import it again.</source>
        <translation>电话分属两位不同的客户（{owners}），这一行未导入，也没有合并。请先合并这两位客户或改正这一行，再重新导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="149" />
        <source>The phone belongs to {name}, who is in the Trash, so the row was not imported. Restore that customer and import again, or import it as a new customer.</source>
        <translation>电话属于回收站中的 {name}，这一行未导入。请先从回收站恢复该客户再重新导入，或将这一行作为新客户导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="154" />
        <source>{name} (customer {id})</source>
        <translation>{name}（客户 {id}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="155" />
        <source>{name} (row {row})</source>
        <translation>{name}（第 {row} 行）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_conflict_words.py" line="27" />
        <source>{field} is {held} on file and {offered} in this row</source>
        <translation>{field}：档案中为 {held}，本行为 {offered}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_conflict_words.py" line="28" />
        <source>{field} is {held} in row {row} and {offered} in this row</source>
        <translation>{field}：第 {row} 行为 {held}，本行为 {offered}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_conflict_words.py" line="29" />
        <source>{difference}; kept {held}.</source>
        <translation>{difference}；保留 {held}。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_conflict_words.py" line="30" />
        <source>{difference}; kept {held}, with {offered} in the notes as another spelling.</source>
        <translation>{difference}；保留 {held}，{offered} 作为另一写法记入备注。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_conflict_words.py" line="33" />
        <source>{difference}; replaced with {offered}.</source>
        <translation>{difference}；改为 {offered}。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_conflict_words.py" line="34" />
        <source>{difference}; replaced with {offered}, with {held} in the notes as another spelling.</source>
        <translation>{difference}；改为 {offered}，{held} 作为另一写法记入备注。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_conflict_words.py" line="37" />
        <source>{problem} (Not applied: this needs you.)</source>
        <translation>{problem}（未自动处理，需要您来决定。）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_conflict_words.py" line="39" />
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_conflict_words.py" line="40" />
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_conflict_words.py" line="101" />
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="156" />
        <source>Row {row}, {name}: {message}</source>
        <translation>第 {row} 行，{name}：{message}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_conflict_words.py" line="103" />
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="157" />
        <source>Row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="158" />
        <source>{problems} The row was not imported.</source>
        <translation>{problems} 这一行未导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_conflict_words.py" line="81" />
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="280" />
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="325" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/history_words.py" line="74" />
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="181" />
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/history_words.py" line="66" />
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="182" />
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="293" />
        <location filename="../../src/custdesk/services/spreadsheets/import_words.py" line="331" />
        <source>; </source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_duplicates.py" line="51" />
        <source>Also written: {name}</source>
        <translation>另一写法：{name}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/import_duplicates.py" line="52" />
        <source>—— Continued: the notes below run past the {limit} characters the form holds; the import kept them whole. Please shorten them. ——</source>
        <translation>——续：以下备注超出表单可容纳的 {limit} 字，导入时完整保留，请整理缩短。——</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="18" />
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="19" />
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="20" />
        <source>Regular</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="21" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="22" />
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="23" />
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="26" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="27" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="28" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="32" />
        <source>Store visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="33" />
        <source>Phone call-back</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="34" />
        <location filename="../../src/custdesk/code_words.py" line="53" />
        <source>Message</source>
        <translation>短信/微信</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="35" />
        <source>Home visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="36" />
        <source>Greeting</source>
        <translation>节日/生日问候</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="39" />
        <source>Planned</source>
        <translation>计划回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="40" />
        <source>After a visit</source>
        <translation>回访后安排</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="41" />
        <source>Regular cadence</source>
        <translation>定期回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="42" />
        <source>Complaint check-back</source>
        <translation>投诉处理回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="45" />
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="46" />
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="47" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="48" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="51" />
        <source>In store</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="52" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="54" />
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="57" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="58" />
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="59" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="63" />
        <source>Lead</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="64" />
        <source>Visited</source>
        <translation>已到店</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="65" />
        <source>Converted</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="66" />
        <source>Lost lead</source>
        <translation>未成交</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="69" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="70" />
        <source>Voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="71" />
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="72" />
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="73" />
        <source>Honour / thanks</source>
        <translation>荣誉/致谢</translation>
    </message>
    <message>
        <location filename="../seeds/temperaments.json" />
        <source>Irritable</source>
        <translation>烦躁型</translation>
    </message>
    <message>
        <location filename="../seeds/temperaments.json" />
        <source>Dependent</source>
        <translation>依赖型</translation>
    </message>
    <message>
        <location filename="../seeds/temperaments.json" />
        <source>Picky</source>
        <translation>挑剔型</translation>
    </message>
    <message>
        <location filename="../seeds/temperaments.json" />
        <source>Early trier</source>
        <translation>尝试型</translation>
    </message>
    <message>
        <location filename="../seeds/temperaments.json" />
        <source>Rational</source>
        <translation>常识型</translation>
    </message>
    <message>
        <location filename="../seeds/referrer_kinds.json" />
        <source>Honour-seeking</source>
        <translation>荣誉型</translation>
    </message>
    <message>
        <location filename="../seeds/referrer_kinds.json" />
        <source>Reward-seeking</source>
        <translation>利益型</translation>
    </message>
    <message>
        <location filename="../seeds/referrer_kinds.json" />
        <source>Favour-for-favour</source>
        <translation>互惠型</translation>
    </message>
    <message>
        <location filename="../seeds/referrer_kinds.json" />
        <source>Friendship</source>
        <translation>朋友型</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../src/custdesk/ui/shell/launch.py" line="47" />
        <source>CustDesk</source>
        <translation>客户档案台</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/launch.py" line="98" />
        <source>New shop file?</source>
        <translation>新建店铺档案？</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/launch.py" line="99" />
        <source>There is no shop file at
{path}

Create a new, empty shop file there?</source>
        <translation>以下位置没有店铺档案文件：
{path}

要在那里新建一个空的店铺档案文件吗？</translation>
    </message>
</context>
<context>
    <name>lookOnly</name>
    <message>
        <location filename="../../src/custdesk/ui/common/look_only.py" line="78" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="197" />
        <source>CustDesk (process {pid}) of user {user} on computer {host}, open since {since}</source>
        <translation>电脑 {host} 上用户 {user} 的客户档案台（进程 {pid}，自 {since} 起打开）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="209" />
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="212" />
        <source>Database already open</source>
        <translation>档案已被打开</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="214" />
        <source>The customer file {path} is already open in {who}.

Switch to that window, or close it and try again. Nothing was changed.</source>
        <translation>客户档案 {path} 已在{who}中打开。

请切换到那个窗口，或将其关闭后再试。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="50" />
        <source>Newer database</source>
        <translation>档案版本较新</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="51" />
        <source>This customer file was saved by a newer version of CustDesk. Please install the newer version to open it. The file was not changed.</source>
        <translation>此客户档案由更新版本的客户档案台保存。请安装新版本后再打开。文件未被更改。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="59" />
        <source>No shop file there</source>
        <translation>那里没有店铺档案文件</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="60" />
        <source>There is no CustDesk shop file at that place (nothing there, a folder, or an empty file). Nothing was changed.</source>
        <translation>该位置没有客户档案台的店铺档案文件（不存在、是文件夹或是空文件）。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="68" />
        <source>A file is already there</source>
        <translation>该位置已有文件</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="69" />
        <source>There is already a file at that place, so no new shop file was made.</source>
        <translation>该位置已经有文件，因此没有新建店铺档案文件。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="73" />
        <source>Not an Excel file</source>
        <translation>不是 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="74" />
        <source>That file is not an Excel workbook (.xlsx), so it was not replaced. Nothing was written; choose another file name.</source>
        <translation>该文件不是 Excel 工作簿（.xlsx），因此没有被覆盖。什么也没有写入，请另选一个文件名。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="82" />
        <source>Not a CustDesk file</source>
        <translation>不是客户档案文件</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="83" />
        <source>This file is not a CustDesk customer file. It was left as it is.</source>
        <translation>此文件不是客户档案台的档案文件，已保持原样。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="87" />
        <source>Damaged database</source>
        <translation>档案已损坏</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="88" />
        <source>The customer file is damaged. Restore it from a backup; nothing more was written to it.</source>
        <translation>客户档案已损坏。请从备份恢复；没有再向其中写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="96" />
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="97" />
        <source>There is no room left on the disk, so this was not saved. Everything saved before is safe. Free some space (empty the recycle bin, move old files to a USB stick), then try again; what you typed is still here.</source>
        <translation>磁盘没有剩余空间，这次没有保存。之前保存的内容都完好无损。请腾出一些空间（清空回收站，把旧文件移到 U 盘），然后再试一次；您输入的内容还在。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="106" />
        <source>Cannot write to the disk</source>
        <translation>无法写入磁盘</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="107" />
        <source>The customer file or its folder cannot be written to (a read-only disk or USB stick, or missing permissions), so this was not saved. Nothing saved before was lost. Fix the folder's permissions or choose another folder, then try again.</source>
        <translation>客户档案或其所在文件夹无法写入（只读磁盘、U 盘或权限不足），这次没有保存。之前保存的内容没有丢失。请修正文件夹权限或换一个文件夹，然后再试一次。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="116" />
        <location filename="../../src/custdesk/error_words.py" line="183" />
        <source>The file is busy</source>
        <translation>文件正忙</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="117" />
        <source>Another program is using the customer file right now (a backup or sync tool, or a second CustDesk), so this was not saved. Wait a moment and try again; what you typed is still here.</source>
        <translation>另一个程序正在使用客户档案（备份或同步工具，或另一个客户档案台），这次没有保存。请稍等片刻再试；您输入的内容还在。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="126" />
        <source>The customer file has gone</source>
        <translation>客户档案文件不见了</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="127" />
        <source>The customer file was deleted or moved while CustDesk had it open, so nothing more is written to it. Put it back (from the recycle bin, or restore a backup), then close and open CustDesk again.</source>
        <translation>客户档案在打开期间被删除或移走了，因此不再写入。请把它放回原处（从回收站还原，或恢复一份备份），然后关闭并重新打开客户档案台。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="140" />
        <source>There is no file with this name in that folder. Check the name and the folder.</source>
        <translation>这个文件夹里没有这个名字的文件。请检查文件名和文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="185" />
        <source>Another program is using the customer file right now (a backup or sync tool, or a second CustDesk), so this could not be read. Wait a moment and try again; nothing was changed.</source>
        <translation>另一个程序正在使用客户档案（备份或同步工具，或另一个客户档案台），这次没能读取。请稍等片刻再试；没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="224" />
        <source>This file cannot be imported</source>
        <translation>无法导入这个文件</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="235" />
        <source>The file was not written</source>
        <translation>文件没有写入</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="237" />
        <source>The file could not be written in that place (the folder may be gone, or a USB stick taken out). Nothing was written, and the customer file is as it was. Choose another folder and try again.

Details: {detail}</source>
        <translation>无法在该位置写入文件（文件夹可能已不存在，或 U 盘已拔出）。什么也没有写入，客户档案保持原样。请另选一个文件夹后重试。

详细信息：{detail}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="247" />
        <source>Cannot use the database</source>
        <translation>无法使用档案</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="249" />
        <source>The customer file could not be read or saved. Check that the disk is not full and the folder can be written to, then try again.

Details: {detail}</source>
        <translation>无法读取或保存客户档案。请检查磁盘是否已满、文件夹是否可写，然后重试。

详细信息：{detail}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="261" />
        <source>Please check the input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="264" />
        <source>Something entered cannot be used.</source>
        <translation>填写的内容有误，无法使用。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="268" />
        <source>Already exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="269" />
        <source>This phone number is already in the file of {name}.</source>
        <translation>这个电话号码已经在 {name} 的档案里了。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="275" />
        <source>Not found</source>
        <translation>找不到记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="276" />
        <source>The record no longer exists. It may have been deleted.</source>
        <translation>该记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="279" />
        <source>CustDesk</source>
        <translation>客户档案台</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="281" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="283" />
        <source>Something went wrong inside CustDesk. Your saved data is safe. Please tell the person who looks after this computer what you were doing.</source>
        <translation>客户档案台内部出错了。已保存的数据是安全的。请告诉负责这台电脑的人您刚才在做什么。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="79" />
        <source>Please fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="80" />
        <source>This is too long.</source>
        <translation>内容太长。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="81" />
        <source>This is not a phone number (e.g. 138 0013 8000).</source>
        <translation>这不是有效的电话号码（例如 138 0013 8000）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="82" />
        <source>This number is listed twice.</source>
        <translation>这个号码重复填写了。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="83" />
        <source>This date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="84" />
        <source>This date has already passed.</source>
        <translation>这个日期已经过去了。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="85" />
        <source>This is not a date (e.g. 1990-03-08).</source>
        <translation>这不是日期（例如 1990-03-08）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="86" />
        <source>Day and month could be read either way round: please write the year first (e.g. 1990-03-08).</source>
        <translation>日和月可以两种读法，请把年份写在前面（例如 1990-03-08）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="91" />
        <source>A customer cannot be their own referrer.</source>
        <translation>客户不能介绍自己。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="92" />
        <source>That would make a loop: this customer brought the other one in (directly or through others).</source>
        <translation>这样会形成循环：对方本身就是这位客户（直接或间接）介绍来的。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="97" />
        <source>This has already been closed; reload to see its state.</source>
        <translation>此项已关闭，请刷新查看。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="100" />
        <source>This date is too long ago.</source>
        <translation>日期太早了。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="101" />
        <source>This date is too far ahead (at most ten years from today).</source>
        <translation>日期太远了（最多为今天起十年内）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="104" />
        <source>Please pick from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="105" />
        <source>This number is out of range.</source>
        <translation>数值超出范围。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="106" />
        <source>Please enter an amount in yuan, e.g. 1299 or 1299.50.</source>
        <translation>请输入金额（元），例如 1299 或 1299.50。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="109" />
        <source>Please choose a folder with Browse…, or leave this empty.</source>
        <translation>请点击“浏览…”选择文件夹，或留空。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="112" />
        <source>A customer's file cannot be merged with itself.</source>
        <translation>不能把一份客户档案与它自己合并。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="113" />
        <source>That file is in the Trash. Restore it first, then merge.</source>
        <translation>那份档案在回收站里。请先恢复，再合并。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/code_words.py" line="116" />
        <source>This shop file already has customers; demo data only goes into an empty one.</source>
        <translation>这个店铺档案文件里已经有客户了；演示数据只能放进空的店铺档案文件。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="143" />
        <source>This is not a workbook, CSV or vCard file that can be imported.</source>
        <translation>这不是可以导入的工作簿、CSV 或通讯录名片（vCard）文件。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="144" />
        <source>This file is password-protected. Open it in Excel or WPS and save it without a password, then try again.</source>
        <translation>此文件设有密码。请在 Excel 或 WPS 中打开，不设密码另存后再试。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="149" />
        <source>This text file reads both as {first} and as {second}, and its column names do not tell which is right. Save it again as UTF-8 (in Excel: CSV UTF-8), then try again.</source>
        <translation>这个文本文件既可按 {first} 也可按 {second} 读出，列名无法判断哪种正确。请另存为 UTF-8（Excel 中选“CSV UTF-8”）后再试。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="154" />
        <source>This web page holds no table of customers.</source>
        <translation>这个网页文件里没有客户表格。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="155" />
        <source>This file contains macros. Save it as a plain .xlsx workbook first.</source>
        <translation>此文件含有宏。请先另存为普通的 .xlsx 工作簿。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="156" />
        <source>This file would unpack to far more than a spreadsheet holds; not read.</source>
        <translation>此文件解压后远超正常表格的大小，已拒绝读取。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="159" />
        <source>This file is too large to import.</source>
        <translation>文件太大，无法导入。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="160" />
        <source>This sheet has too many rows (at most 200,000).</source>
        <translation>工作表行数过多（最多 200,000 行）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="161" />
        <source>A cell in this sheet is too long (at most 10,000 characters).</source>
        <translation>表中有单元格内容过长（最多 10,000 个字符）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="164" />
        <source>There is no such sheet in the file.</source>
        <translation>文件中没有这个工作表。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="165" />
        <source>This CSV file could not be read (a quote may never be closed). Open it in Excel or WPS and save it again as CSV or .xlsx, then try again.</source>
        <translation>无法读取这个 CSV 文件（可能有引号没有闭合）。请在 Excel 或 WPS 中打开，重新另存为 CSV 或 .xlsx 后再试。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/error_words.py" line="170" />
        <source>This file could not be read. It may be damaged.</source>
        <translation>无法读取此文件，文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/messages.py" line="69" />
        <source>A backup, opened to look at</source>
        <translation>备份（只读查看）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/common/messages.py" line="70" />
        <source>This window shows a backup, and nothing in it can be changed. To work with this data, restore the backup on the Backups page of the main window.</source>
        <translation>这个窗口显示的是一份备份，里面的内容不能改动。要使用这些数据，请在主窗口的“备份”页恢复这份备份。</translation>
    </message>
</context>
<context>
    <name>phone labels</name>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="125" />
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="126" />
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="127" />
        <source>work</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="128" />
        <source>main</source>
        <translation>总机</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/spreadsheets/export_words.py" line="129" />
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../src/custdesk/ui/shell/recovery.py" line="40" />
        <location filename="../../src/custdesk/ui/shell/recovery.py" line="51" />
        <source>Damaged customer file</source>
        <translation>客户档案已损坏</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/recovery.py" line="41" />
        <source>The customer file {path} is damaged and there is no good backup of it. The file was left as it is; ask someone to look at it before anything more is written.</source>
        <translation>客户档案 {path} 已损坏，而且没有完好的备份。文件保持原样未动；在继续写入之前，请找人检查一下。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/recovery.py" line="52" />
        <source>The customer file is damaged. CustDesk can keep the damaged file aside (nothing is deleted) and put back the newest good backup, made {when} (customers: {count}). Changes made after that backup would have to be entered again.

Restore that backup now?</source>
        <translation>客户档案已损坏。客户档案台可以把损坏的文件另存一边（不删除任何东西），并放回最新的完好备份（{when}，共 {count} 位客户）。该备份之后的改动需要重新录入。

现在恢复这份备份吗？</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/recovery.py" line="75" />
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/shell/recovery.py" line="76" />
        <source>The backup from {when} is back in place. The damaged file was kept as {aside}.</source>
        <translation>{when} 的备份已放回原处。损坏的文件保存为 {aside}。</translation>
    </message>
</context>
<context>
    <name>stage_rules</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/stage_rules_dialog.py" line="32" />
        <source>Checked from the top: the first rule that fits gives the stage. Stages are updated every day.</source>
        <translation>从上往下判断：第一条符合的规则决定阶段。阶段每天自动更新。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/stage_rules_dialog.py" line="42" />
        <source>Customer stages</source>
        <translation>客户阶段</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/customers/stages.py" line="63" />
        <source>marked as an important customer, or has bought {spend} or more here (an imported opening balance does not count).</source>
        <translation>标记为重要客户，或在本店累计购买达到 {spend}（导入的期初余额不计）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/customers/stages.py" line="72" />
        <source>has not bought anything yet.</source>
        <translation>还没有购买过。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/customers/stages.py" line="77" />
        <source>has bought, and no visit, call or purchase for {lost} days or more.</source>
        <translation>买过东西，但已 {lost} 天或更久没有到店、回访或购买。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/customers/stages.py" line="82" />
        <source>has bought, and no visit, call or purchase for {dormant} days or more.</source>
        <translation>买过东西，但已 {dormant} 天或更久没有到店、回访或购买。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/customers/stages.py" line="90" />
        <source>has bought {regular} times or more.</source>
        <translation>购买 {regular} 次及以上。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/services/customers/stages.py" line="95" />
        <source>has bought, fewer than {regular} times.</source>
        <translation>购买过，但少于 {regular} 次。</translation>
    </message>
</context>
<context>
    <name>typed_text</name>
    <message>
        <location filename="../../src/custdesk/ui/common/typed_text.py" line="63" />
        <source>Removed invisible characters that cannot be saved ({characters}). Check the text, then save again.</source>
        <translation>已删除无法保存的不可见字符（{characters}）。请检查文字，然后再次保存。</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/undo.py" line="82" />
        <source>New customer {name}</source>
        <translation>新建客户 {name}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/undo.py" line="102" />
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/undo.py" line="109" />
        <source>Move {name} to Trash</source>
        <translation>将 {name} 移到回收站</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/undo.py" line="116" />
        <source>Restore {name}</source>
        <translation>恢复 {name}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/customer_form/undo.py" line="133" />
        <source>Merge {absorbed} into {kept}</source>
        <translation>将 {absorbed} 合并到 {kept}</translation>
    </message>
</context>
<context>
    <name>temperament tips</name>
    <message>
        <location filename="../seeds/temperaments.json" />
        <source>Listen patiently, stay calm, give a clear answer quickly.</source>
        <translation>耐心倾听，语气平和，尽快给出明确答复。</translation>
    </message>
    <message>
        <location filename="../seeds/temperaments.json" />
        <source>Offer a recommendation, help them decide, check in afterwards.</source>
        <translation>主动给出建议，帮他做决定，事后多关心。</translation>
    </message>
    <message>
        <location filename="../seeds/temperaments.json" />
        <source>Bring facts and details, do not argue, take every remark seriously.</source>
        <translation>准备充分的事实和细节，不争辩，认真对待每个意见。</translation>
    </message>
    <message>
        <location filename="../seeds/temperaments.json" />
        <source>Tell them first about new products and invite them to try.</source>
        <translation>第一时间介绍新品，邀请试用。</translation>
    </message>
    <message>
        <location filename="../seeds/temperaments.json" />
        <source>Explain value for money plainly and let them compare and judge.</source>
        <translation>讲清楚性价比和道理，让他自己比较判断。</translation>
    </message>
</context>
<context>
    <name>referrer thanks</name>
    <message>
        <location filename="../seeds/referrer_kinds.json" />
        <source>Thank them publicly; give an honorary member title.</source>
        <translation>公开致谢，授予荣誉会员称号。</translation>
    </message>
    <message>
        <location filename="../seeds/referrer_kinds.json" />
        <source>Give cash, a voucher or points.</source>
        <translation>给予现金、代金券或积分奖励。</translation>
    </message>
    <message>
        <location filename="../seeds/referrer_kinds.json" />
        <source>Return the favour: priority service or a personal discount.</source>
        <translation>回报一份对等的人情，如优先服务或专属优惠。</translation>
    </message>
    <message>
        <location filename="../seeds/referrer_kinds.json" />
        <source>Thank them warmly with a thoughtful small gift.</source>
        <translation>真诚感谢，送一份有心意的小礼物。</translation>
    </message>
</context>
</TS>