<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="40" />
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="58" />
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="59" />
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="60" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="61" />
        <source>Late delivery</source>
        <translation>送货延误</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="62" />
        <source>After-sales repair</source>
        <translation>售后维修</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="63" />
        <source>Returns and exchanges</source>
        <translation>退换货</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="73" />
        <source>What happened, in the customer's words</source>
        <translation>事情经过（尽量用客户的原话）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="77" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="78" />
        <source>Received</source>
        <translation>接到时间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="79" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="80" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="81" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="82" />
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/complaint_dialog.py" line="112" />
        <source>Please pick the customer first.</source>
        <translation>请先选择客户。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="40" />
        <source>Open only</source>
        <translation>只看未结</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="42" />
        <source>New complaint…</source>
        <translation>新建投诉…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="44" />
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="46" />
        <source>Resolve…</source>
        <translation>处理完成…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="48" />
        <source>Close without fix</source>
        <translation>直接关闭</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="82" />
        <source>Received</source>
        <translation>接到时间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="85" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="86" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="87" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="89" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="94" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="99" />
        <source>Time to resolve</source>
        <translation>处理用时</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="104" />
        <source>Same day</source>
        <translation>当日解决</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="105" />
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="106" />
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="118" />
        <source>✗ late</source>
        <translation>✗ 超时</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="119" />
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="119" />
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="124" />
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="127" />
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="129" />
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="145" />
        <source>Open: {open} · resolved the same day in the last 30 days: {share}</source>
        <translation>未结：{open} · 近 30 天当日解决率：{share}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="186" />
        <source>Close complaint</source>
        <translation>关闭投诉</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/complaints_page.py" line="187" />
        <source>Close this complaint without a fix (e.g. the customer withdrew it)?</source>
        <translation>不做处理直接关闭此投诉（例如客户已撤回）？</translation>
    </message>
</context>
<context>
    <name>ContactHistoryPanel</name>
    <message>
        <location filename="../../src/custdesk/ui/views/contact_history_panel.py" line="38" />
        <source>Log a visit or call…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/contact_history_panel.py" line="44" />
        <source>Plan a call</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/contact_history_panel.py" line="50" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/contact_history_panel.py" line="53" />
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/contact_history_panel.py" line="54" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/contact_history_panel.py" line="55" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/contact_history_panel.py" line="57" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/contact_history_panel.py" line="60" />
        <source>Served by</source>
        <translation>接待店员</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/contact_history_panel.py" line="70" />
        <source>No visits or calls yet.</source>
        <translation>还没有回访记录。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/contact_history_panel.py" line="94" />
        <source>Next contact: {date} — {what}</source>
        <translation>下次联系：{date} — {what}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/contact_history_panel.py" line="98" />
        <source>No contact planned.</source>
        <translation>尚未安排下次联系。</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="78" />
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="78" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="89" />
        <source>Not stated</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="99" />
        <source>Several numbers: separate with commas</source>
        <translation>多个号码请用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="107" />
        <source>Not known yet</source>
        <translation>暂不清楚</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="114" />
        <source>Important customer</source>
        <translation>重要客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="117" />
        <source>Separate tags with commas</source>
        <translation>多个标签请用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="120" />
        <source>No regular follow-up</source>
        <translation>不定期回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="121" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="130" />
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="131" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="132" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="133" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="134" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="135" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="136" />
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="137" />
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="138" />
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="139" />
        <source>Hobbies</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="140" />
        <source>Temperament</source>
        <translation>性格类型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="142" />
        <source>Decision maker</source>
        <translation>购买决策人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="143" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="144" />
        <source>Follow up every</source>
        <translation>回访周期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="145" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="172" />
        <source>Purchases</source>
        <translation>成交记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="174" />
        <source>Visits and follow-ups</source>
        <translation>回访与跟进</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="272" />
        <source>Phone number already on file</source>
        <translation>电话号码已存在</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="275" />
        <source>This phone number already belongs to another customer. Is this the same person?</source>
        <translation>这个电话号码已属于另一位客户。是同一个人吗？</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="279" />
        <source>Open that customer</source>
        <translation>打开该客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="282" />
        <source>Save as a new customer</source>
        <translation>作为新客户保存</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <location filename="../../src/custdesk/ui/views/customer_filter_bar.py" line="28" />
        <source>Search by name, pinyin (zs), phone or tag</source>
        <translation>按姓名、拼音（如 zs）、电话或标签搜索</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customer_filter_bar.py" line="36" />
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customer_filter_bar.py" line="37" />
        <source>All temperaments</source>
        <translation>全部性格类型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customer_filter_bar.py" line="41" />
        <source>Open complaint</source>
        <translation>有未结投诉</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customer_filter_bar.py" line="42" />
        <source>Birthday this month</source>
        <translation>本月生日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customer_filter_bar.py" line="43" />
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customer_filter_bar.py" line="75" />
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../src/custdesk/ui/views/customer_picker.py" line="21" />
        <source>Search by name, pinyin or phone</source>
        <translation>按姓名、拼音或电话搜索</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="42" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="43" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="44" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="45" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="46" />
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="47" />
        <source>Temperament</source>
        <translation>性格类型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="48" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="49" />
        <source>Next follow-up</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="50" />
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="51" />
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/models/customer_table_model.py" line="52" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="59" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="66" />
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="68" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="70" />
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="73" />
        <source>Empty Trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="221" />
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="223" />
        <source>Delete the {count} customers in the Trash for good, with their purchases, visits and complaints? This cannot be undone.</source>
        <translation>永久删除回收站中的 {count} 位客户及其成交、回访和投诉记录？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="289" />
        <source>{count} found</source>
        <translation>找到 {count} 位</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="42" />
        <source>CustDesk — Customer Files</source>
        <translation>客户档案台</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="104" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="106" />
        <source>Follow-ups due, birthdays, holiday greetings and customers going quiet will be listed here each day.</source>
        <translation>每天在这里列出到期回访、客户生日、节日问候，以及久未联系的客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="112" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="113" />
        <source>Every customer's file: profile, purchases, personality and birthday.</source>
        <translation>每位客户的档案：基本资料、成交记录、性格特点和生日。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="117" />
        <source>Visits</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="118" />
        <source>Every visit, call-back and greeting, newest first.</source>
        <translation>每一次到店、回访和问候，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="122" />
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="123" />
        <source>Who brought whom: referral chains, rewards owed and the best referrers.</source>
        <translation>谁介绍了谁：介绍链、待发奖励和最佳介绍人。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="127" />
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="128" />
        <source>Complaints and how fast they were resolved — the same day, if possible.</source>
        <translation>投诉及处理速度——尽量当天解决。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="132" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="133" />
        <source>Monthly figures and charts for the shop owner, ready for Excel.</source>
        <translation>给店主看的月度数据和图表，可导出到 Excel。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="138" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="139" />
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="143" />
        <source>&amp;Log visit or call…</source>
        <translation>记录回访(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="147" />
        <source>New &amp;complaint…</source>
        <translation>新建投诉(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="151" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="155" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="156" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="158" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="162" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="168" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="169" />
        <source>How customer &amp;stages work</source>
        <translation>客户阶段说明(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="202" />
        <source>Customers: {count}</source>
        <translation>客户：{count} 位</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="44" />
        <source>Merge customer files</source>
        <translation>合并客户档案</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="49" />
        <source>Find the file to keep. Everything in {name}'s file (purchases, visits, complaints, referrals, phones, tags) moves into it, and {name}'s file goes to the Trash.</source>
        <translation>请找到要保留的档案。「{name}」档案中的全部内容（成交、回访、投诉、转介绍、电话、标签）将移入该档案，「{name}」的档案移到回收站。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="56" />
        <source>Search by name, pinyin or phone</source>
        <translation>按姓名、拼音或电话搜索</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="63" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="63" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="63" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="63" />
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/merge_dialog.py" line="74" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>PurchasesPanel</name>
    <message>
        <location filename="../../src/custdesk/ui/views/purchases_panel.py" line="54" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/purchases_panel.py" line="54" />
        <location filename="../../src/custdesk/ui/views/purchases_panel.py" line="68" />
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/purchases_panel.py" line="54" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/purchases_panel.py" line="54" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/purchases_panel.py" line="72" />
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/purchases_panel.py" line="74" />
        <source>Add purchase</source>
        <translation>添加成交记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/purchases_panel.py" line="76" />
        <source>Remove purchase</source>
        <translation>删除成交记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/purchases_panel.py" line="106" />
        <source>Purchases: {count}, total {total}</source>
        <translation>成交 {count} 笔，合计 {total}</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/resolve_dialog.py" line="33" />
        <source>Resolve complaint</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/resolve_dialog.py" line="38" />
        <source>What was done for the customer</source>
        <translation>为客户做了什么处理</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/resolve_dialog.py" line="42" />
        <source>A call to check the customer is happy again is planned for tomorrow.</source>
        <translation>已安排明天回访，确认客户重新满意。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/resolve_dialog.py" line="51" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="56" />
        <source>Log a visit or call…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="63" />
        <source>Overdue follow-ups ({count})</source>
        <translation>逾期回访（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="64" />
        <source>Nothing overdue. Well done!</source>
        <translation>没有逾期回访，做得好！</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="68" />
        <source>Due today ({count})</source>
        <translation>今日待回访（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="69" />
        <source>No follow-ups due today.</source>
        <translation>今天没有待回访。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="100" />
        <location filename="../../src/custdesk/ui/views/today_page.py" line="146" />
        <location filename="../../src/custdesk/ui/views/today_page.py" line="187" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="101" />
        <location filename="../../src/custdesk/ui/views/today_page.py" line="152" />
        <location filename="../../src/custdesk/ui/views/today_page.py" line="188" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="103" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="111" />
        <source>Due</source>
        <translation>应回访日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="112" />
        <source>{date} ({days} d late)</source>
        <translation>{date}（逾期 {days} 天）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="124" />
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="125" />
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="136" />
        <source>Cancel it</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="142" />
        <source>Birthdays, next 7 days ({count})</source>
        <translation>近 7 天生日（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="143" />
        <source>No birthdays this week.</source>
        <translation>本周没有客户过生日。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="145" />
        <location filename="../../src/custdesk/ui/views/today_page.py" line="171" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="148" />
        <source>Turns</source>
        <translation>年满</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="162" />
        <location filename="../../src/custdesk/ui/views/today_page.py" line="177" />
        <source>Log greeting…</source>
        <translation>记录问候…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="168" />
        <source>Holidays to greet for ({count})</source>
        <translation>节日问候（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="169" />
        <source>No holidays in the next 7 days.</source>
        <translation>未来 7 天没有节日。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="172" />
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="184" />
        <source>Gone quiet: no contact for a while ({count})</source>
        <translation>久未联系（{count}）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="185" />
        <source>Nobody has gone quiet lately.</source>
        <translation>最近没有久未联系的客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="189" />
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="191" />
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="211" />
        <source>Log call…</source>
        <translation>记录电话…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="212" />
        <source>Call today</source>
        <translation>今天致电</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="275" />
        <source>Today, {date}</source>
        <translation>今日 · {date}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="284" />
        <source>Customers who bought before and have had no contact for {days} days</source>
        <translation>曾经购买、已 {days} 天没有联系的客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="315" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="129" />
        <location filename="../../src/custdesk/ui/views/today_page.py" line="317" />
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="131" />
        <source>In {days} days</source>
        <translation>{days} 天后</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/today_page.py" line="318" />
        <source>{date} (in {days} days)</source>
        <translation>{date}（{days} 天后）</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="63" />
        <source>Complete follow-up</source>
        <translation>完成回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="63" />
        <source>Log a visit or call</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="83" />
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="86" />
        <source>1 — very unhappy</source>
        <translation>1 — 很不满意</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="87" />
        <source>2 — unhappy</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="88" />
        <source>3 — all right</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="89" />
        <source>4 — happy</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="90" />
        <source>5 — very happy</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="105" />
        <source>No</source>
        <translation>不安排</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="109" />
        <source>+{days} days</source>
        <translation>+{days} 天</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="112" />
        <source>On</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="127" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="128" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="129" />
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="130" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="131" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="132" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="133" />
        <source>Served by</source>
        <translation>接待店员</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="134" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="135" />
        <source>Next contact</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/visit_dialog.py" line="175" />
        <source>Please pick the customer first.</source>
        <translation>请先选择客户。</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../src/custdesk/ui/views/visits_page.py" line="41" />
        <source>All kinds</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/visits_page.py" line="45" />
        <source>Log a visit or call…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/visits_page.py" line="53" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/visits_page.py" line="55" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/visits_page.py" line="92" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/visits_page.py" line="95" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/visits_page.py" line="96" />
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/visits_page.py" line="97" />
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/visits_page.py" line="98" />
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/visits_page.py" line="100" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/visits_page.py" line="104" />
        <source>Served by</source>
        <translation>接待店员</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/visits_page.py" line="105" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/visits_page.py" line="124" />
        <source>Visits: {count}</source>
        <translation>回访：{count} 条</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/visits_page.py" line="126" />
        <source> — showing the newest {shown}; narrow the dates to see older ones</source>
        <translation>，仅显示最新的 {shown} 条；缩小日期范围可查看更早的记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/visits_page.py" line="134" />
        <source>All clerks</source>
        <translation>全部店员</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="10" />
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="11" />
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="12" />
        <source>Regular</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="13" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="14" />
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="15" />
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="18" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="19" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="20" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="23" />
        <source>Irritable</source>
        <translation>烦躁型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="24" />
        <source>Dependent</source>
        <translation>依赖型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="25" />
        <source>Picky</source>
        <translation>挑剔型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="26" />
        <source>Early trier</source>
        <translation>尝试型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="27" />
        <source>Rational</source>
        <translation>常识型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="31" />
        <source>Store visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="32" />
        <source>Phone call-back</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="33" />
        <location filename="../../src/custdesk/ui/labels.py" line="52" />
        <source>Message</source>
        <translation>短信/微信</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="34" />
        <source>Home visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="35" />
        <source>Greeting</source>
        <translation>节日/生日问候</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="38" />
        <source>Planned</source>
        <translation>计划回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="39" />
        <source>After a visit</source>
        <translation>回访后安排</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="40" />
        <source>Regular cadence</source>
        <translation>定期回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="41" />
        <source>Complaint check-back</source>
        <translation>投诉处理回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="44" />
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="45" />
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="46" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="47" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="50" />
        <source>In store</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="51" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="53" />
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="56" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="57" />
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/labels.py" line="58" />
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../src/custdesk/ui/launch.py" line="32" />
        <source>CustDesk</source>
        <translation>客户档案台</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="34" />
        <source>CustDesk (process {pid}) of user {user} on computer {host}, open since {since}</source>
        <translation>电脑 {host} 上用户 {user} 的客户档案台（进程 {pid}，自 {since} 起打开）</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="44" />
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="47" />
        <source>Database already open</source>
        <translation>档案已被打开</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="48" />
        <source>The customer file {path} is already open in {who}.

Switch to that window, or close it and try again. Nothing was changed.</source>
        <translation>客户档案 {path} 已在{who}中打开。

请切换到那个窗口，或将其关闭后再试。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="56" />
        <source>Newer database</source>
        <translation>档案版本较新</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="57" />
        <source>This customer file was saved by a newer version of CustDesk. Please install the newer version to open it. The file was not changed.</source>
        <translation>此客户档案由更新版本的客户档案台保存。请安装新版本后再打开。文件未被更改。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="65" />
        <source>Not a CustDesk file</source>
        <translation>不是客户档案文件</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="66" />
        <source>This file is not a CustDesk customer file. It was left as it is.</source>
        <translation>此文件不是客户档案台的档案文件，已保持原样。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="73" />
        <source>Damaged database</source>
        <translation>档案已损坏</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="74" />
        <source>The customer file is damaged. Restore it from a backup; nothing more was written to it.</source>
        <translation>客户档案已损坏。请从备份恢复；没有再向其中写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="82" />
        <source>Cannot use the database</source>
        <translation>无法使用档案</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="83" />
        <source>The customer file could not be read or saved. Check that the disk is not full and the folder can be written to, then try again.

Details: {detail}</source>
        <translation>无法读取或保存客户档案。请检查磁盘是否已满、文件夹是否可写，然后重试。

详细信息：{detail}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="92" />
        <source>Please check the input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="96" />
        <source>Already exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="99" />
        <source>Not found</source>
        <translation>找不到记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="100" />
        <source>The record no longer exists. It may have been deleted.</source>
        <translation>该记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="105" />
        <source>CustDesk</source>
        <translation>客户档案台</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="107" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="108" />
        <source>Something went wrong inside CustDesk. Your saved data is safe. Please tell the person who looks after this computer what you were doing.</source>
        <translation>客户档案台内部出错了。已保存的数据是安全的。请告诉负责这台电脑的人您刚才在做什么。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="120" />
        <source>Please fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="121" />
        <source>This is too long.</source>
        <translation>内容太长。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="122" />
        <source>This is not a phone number (e.g. 138 0013 8000).</source>
        <translation>这不是有效的电话号码（例如 138 0013 8000）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="125" />
        <source>This number is listed twice.</source>
        <translation>这个号码重复填写了。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="126" />
        <source>This date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="127" />
        <source>This date has already passed.</source>
        <translation>这个日期已经过去了。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="128" />
        <source>This has already been closed; reload to see its state.</source>
        <translation>此项已关闭，请刷新查看。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="131" />
        <source>This date is too long ago.</source>
        <translation>日期太早了。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="132" />
        <source>Please pick from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="133" />
        <source>This number is out of range.</source>
        <translation>数值超出范围。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="134" />
        <source>Please enter an amount in yuan, e.g. 1299 or 1299.50.</source>
        <translation>请输入金额（元），例如 1299 或 1299.50。</translation>
    </message>
</context>
<context>
    <name>stage_rules</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/stage_rules_dialog.py" line="15" />
        <source>&lt;b&gt;VIP&lt;/b&gt;: marked as an important customer, or has spent {spend} or more.</source>
        <translation>&lt;b&gt;VIP&lt;/b&gt;：标记为重要客户，或累计消费达到 {spend}。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/stage_rules_dialog.py" line="19" />
        <source>&lt;b&gt;Prospect&lt;/b&gt;: has not bought anything yet.</source>
        <translation>&lt;b&gt;潜在客户&lt;/b&gt;：还没有购买过。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/stage_rules_dialog.py" line="20" />
        <source>&lt;b&gt;New&lt;/b&gt;: has bought, fewer than {regular} times.</source>
        <translation>&lt;b&gt;新客户&lt;/b&gt;：购买过，但少于 {regular} 次。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/stage_rules_dialog.py" line="23" />
        <source>&lt;b&gt;Regular&lt;/b&gt;: has bought {regular} times or more.</source>
        <translation>&lt;b&gt;老客户&lt;/b&gt;：购买 {regular} 次及以上。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/stage_rules_dialog.py" line="26" />
        <source>&lt;b&gt;Dormant&lt;/b&gt;: a buyer with no visit, call or purchase for {dormant} days.</source>
        <translation>&lt;b&gt;休眠&lt;/b&gt;：买过东西，但 {dormant} 天内没有到店、回访或购买。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/stage_rules_dialog.py" line="30" />
        <source>&lt;b&gt;Lost&lt;/b&gt;: a buyer with no contact for {lost} days.</source>
        <translation>&lt;b&gt;流失&lt;/b&gt;：买过东西，但 {lost} 天没有任何联系。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/stage_rules_dialog.py" line="41" />
        <source>Stages are checked in this order and updated every day.</source>
        <translation>按以上顺序判断，每天自动更新。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/stage_rules_dialog.py" line="49" />
        <source>Customer stages</source>
        <translation>客户阶段</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../src/custdesk/ui/undo.py" line="50" />
        <source>New customer {name}</source>
        <translation>新建客户 {name}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/undo.py" line="62" />
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/undo.py" line="72" />
        <source>Move {name} to Trash</source>
        <translation>将 {name} 移到回收站</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/undo.py" line="79" />
        <source>Restore {name}</source>
        <translation>恢复 {name}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/undo.py" line="96" />
        <source>Merge {absorbed} into {kept}</source>
        <translation>将 {absorbed} 合并到 {kept}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/undo.py" line="105" />
        <source>Add purchase {item}</source>
        <translation>添加成交 {item}</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/undo.py" line="112" />
        <source>Remove purchase {item}</source>
        <translation>删除成交 {item}</translation>
    </message>
</context>
</TS>