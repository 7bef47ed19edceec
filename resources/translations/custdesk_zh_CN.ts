<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="71" />
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="71" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="82" />
        <source>Not stated</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="92" />
        <source>Several numbers: separate with commas</source>
        <translation>多个号码请用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="100" />
        <source>Not known yet</source>
        <translation>暂不清楚</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="107" />
        <source>Important customer</source>
        <translation>重要客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="110" />
        <source>Separate tags with commas</source>
        <translation>多个标签请用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="113" />
        <source>No regular follow-up</source>
        <translation>不定期回访</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="114" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="123" />
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="124" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="125" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="126" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="127" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="128" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="129" />
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="130" />
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="131" />
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="132" />
        <source>Hobbies</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="133" />
        <source>Temperament</source>
        <translation>性格类型</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="135" />
        <source>Decision maker</source>
        <translation>购买决策人</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="136" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="137" />
        <source>Follow up every</source>
        <translation>回访周期</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="138" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="162" />
        <source>Purchases</source>
        <translation>成交记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="253" />
        <source>Phone number already on file</source>
        <translation>电话号码已存在</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="256" />
        <source>This phone number already belongs to another customer. Is this the same person?</source>
        <translation>这个电话号码已属于另一位客户。是同一个人吗？</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="260" />
        <source>Open that customer</source>
        <translation>打开该客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/dialogs/customer_dialog.py" line="263" />
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
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="56" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="63" />
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="65" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="67" />
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="70" />
        <source>Empty Trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="218" />
        <source>Empty Trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="220" />
        <source>Delete the {count} customers in the Trash for good, with their purchases, visits and complaints? This cannot be undone.</source>
        <translation>永久删除回收站中的 {count} 位客户及其成交、回访和投诉记录？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/views/customers_page.py" line="283" />
        <source>{count} found</source>
        <translation>找到 {count} 位</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="29" />
        <source>CustDesk — Customer Files</source>
        <translation>客户档案台</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="77" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="79" />
        <source>Follow-ups due, birthdays, holiday greetings and customers going quiet will be listed here each day.</source>
        <translation>每天在这里列出到期回访、客户生日、节日问候，以及久未联系的客户。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="85" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="86" />
        <source>Every customer's file: profile, purchases, personality and birthday.</source>
        <translation>每位客户的档案：基本资料、成交记录、性格特点和生日。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="90" />
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="91" />
        <source>Who brought whom: referral chains, rewards owed and the best referrers.</source>
        <translation>谁介绍了谁：介绍链、待发奖励和最佳介绍人。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="95" />
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="96" />
        <source>Complaints and how fast they were resolved — the same day, if possible.</source>
        <translation>投诉及处理速度——尽量当天解决。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="100" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="101" />
        <source>Monthly figures and charts for the shop owner, ready for Excel.</source>
        <translation>给店主看的月度数据和图表，可导出到 Excel。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="106" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="107" />
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="111" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="115" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="116" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="118" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="122" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/main_window.py" line="142" />
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
        <location filename="../../src/custdesk/ui/messages.py" line="91" />
        <source>Please check the input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="94" />
        <source>Already exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="97" />
        <source>Not found</source>
        <translation>找不到记录</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="98" />
        <source>The record no longer exists. It may have been deleted.</source>
        <translation>该记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="103" />
        <source>CustDesk</source>
        <translation>客户档案台</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="105" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="106" />
        <source>Something went wrong inside CustDesk. Your saved data is safe. Please tell the person who looks after this computer what you were doing.</source>
        <translation>客户档案台内部出错了。已保存的数据是安全的。请告诉负责这台电脑的人您刚才在做什么。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="118" />
        <source>Please fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="119" />
        <source>This is too long.</source>
        <translation>内容太长。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="120" />
        <source>This is not a phone number (e.g. 138 0013 8000).</source>
        <translation>这不是有效的电话号码（例如 138 0013 8000）。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="123" />
        <source>This number is listed twice.</source>
        <translation>这个号码重复填写了。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="124" />
        <source>This date is in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="125" />
        <source>This date is too long ago.</source>
        <translation>日期太早了。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="126" />
        <source>Please pick from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="127" />
        <source>This number is out of range.</source>
        <translation>数值超出范围。</translation>
    </message>
    <message>
        <location filename="../../src/custdesk/ui/messages.py" line="128" />
        <source>Please enter an amount in yuan, e.g. 1299 or 1299.50.</source>
        <translation>请输入金额（元），例如 1299 或 1299.50。</translation>
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