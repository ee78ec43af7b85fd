<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptPage</name>
    <message>
        <source>The center mediates the case itself; the 30-day target starts today.</source>
        <translation>由本中心自行调解，30 天调解期限自今日起算。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>调解渠道</translation>
    </message>
</context>
<context>
    <name>AddClerkDialog</name>
    <message>
        <source>Add a clerk</source>
        <translation>添加窗口人员</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>The clerk chooses a password at the first sign-in.</source>
        <translation>窗口人员首次登录时自行设置密码。</translation>
    </message>
</context>
<context>
    <name>AddEntryDialog</name>
    <message>
        <source>Enter a dispute in the ledger</source>
        <translation>登记矛盾纠纷</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>每行一个姓名</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>发现途径</translation>
    </message>
    <message>
        <source>Petition (when from one)</source>
        <translation>信访事项编号（信访转入时）</translation>
    </message>
    <message>
        <source>Kind of dispute</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Community / grid</source>
        <translation>社区 / 网格</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>风险标记</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Five or more people, and the same parties or place within 90 days, are flagged by the ledger itself.</source>
        <translation>5人以上、90日内同一当事人或同一地点再次发生的，由台账自动标记。</translation>
    </message>
    <message>
        <source>The district map has no grid yet: the administrator adds them.</source>
        <translation>辖区还没有网格：请系统管理员添加。</translation>
    </message>
    <message>
        <source>Name at least one party.</source>
        <translation>请至少填写一名当事人。</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>请填写纠纷简要情况。</translation>
    </message>
    <message>
        <source>Choose the grid.</source>
        <translation>请选择网格。</translation>
    </message>
    <message>
        <source>Name the petition (X-…) the dispute comes from.</source>
        <translation>请填写转入的信访事项编号（X-…）。</translation>
    </message>
</context>
<context>
    <name>Administration</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>窗口工作人员</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>取号机</translation>
    </message>
    <message>
        <source>Rating pad</source>
        <translation>评价器</translation>
    </message>
</context>
<context>
    <name>AdministrationPanel</name>
    <message>
        <source>Your role has no administration tasks.</source>
        <translation>您的角色没有管理权限。</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Opening hours &amp;&amp; holidays</source>
        <translation>办公时间 &amp;&amp; 节假日</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Display notice</source>
        <translation>叫号屏公告</translation>
    </message>
    <message>
        <source>District map</source>
        <translation>辖区网格</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>AgreePage</name>
    <message>
        <source>Term</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Perform by</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>添加条款</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>删除条款</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <source>An agreement needs at least one term.</source>
        <translation>调解协议至少需要一项条款。</translation>
    </message>
</context>
<context>
    <name>AppointmentsPanel</name>
    <message>
        <source>Time</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>预约号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>late: walk-in ticket</source>
        <translation>迟到：普通号</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Appointments on</source>
        <translation>预约日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Cancel appointment…  [Del]</source>
        <translation>取消预约…  [Del]</translation>
    </message>
    <message>
        <source>Print slip  [Alt+P]</source>
        <translation>打印凭条  [Alt+P]</translation>
    </message>
    <message>
        <source>%1 booked, %2 checked in</source>
        <translation>已预约 %1 人，已签到 %2 人</translation>
    </message>
    <message>
        <source>Choose the appointment to cancel in the list.</source>
        <translation>请先在列表中选择要取消的预约。</translation>
    </message>
    <message>
        <source>Appointment %1 is %2: only a booked one can be cancelled.</source>
        <translation>预约 %1 的状态为“%2”：只有已预约的才能取消。</translation>
    </message>
    <message>
        <source>Cancel appointment %1 of %2 on %3 at %4? Its place is offered again.</source>
        <translation>取消 %2 在 %3 %4 的预约 %1？该名额将重新开放预约。</translation>
    </message>
    <message>
        <source>Appointment %1 is cancelled.</source>
        <translation>预约 %1 已取消。</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Choose the appointment whose slip to print in the list.</source>
        <translation>请先在列表中选择要打印凭条的预约。</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>anyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>◀ Newer</source>
        <translation>◀ 较新</translation>
    </message>
    <message>
        <source>Older ▶</source>
        <translation>更早 ▶</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
    <message>
        <source>Entries %1–%2 of %3</source>
        <translation>第 %1–%2 条，共 %3 条</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Appointment booked</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Appointment checked in</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <source>Calendar day reset</source>
        <translation>恢复日历日</translation>
    </message>
    <message>
        <source>Calendar day set</source>
        <translation>设置日历日</translation>
    </message>
    <message>
        <source>Holidays loaded</source>
        <translation>导入节假日</translation>
    </message>
    <message>
        <source>Center settings changed</source>
        <translation>修改中心设置</translation>
    </message>
    <message>
        <source>Counter added</source>
        <translation>新增窗口</translation>
    </message>
    <message>
        <source>Counter removed</source>
        <translation>删除窗口</translation>
    </message>
    <message>
        <source>Counter changed</source>
        <translation>修改窗口</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>导入演示数据</translation>
    </message>
    <message>
        <source>Demo hall staged</source>
        <translation>布置演示大厅</translation>
    </message>
    <message>
        <source>Display notice set</source>
        <translation>设置大屏通知</translation>
    </message>
    <message>
        <source>Rating follow-up closed</source>
        <translation>评价回访结束</translation>
    </message>
    <message>
        <source>Rating follow-up opened</source>
        <translation>评价回访开始</translation>
    </message>
    <message>
        <source>Visit rated</source>
        <translation>办事评价</translation>
    </message>
    <message>
        <source>Grid added</source>
        <translation>新增网格</translation>
    </message>
    <message>
        <source>Grid members changed</source>
        <translation>修改网格员</translation>
    </message>
    <message>
        <source>Street renamed</source>
        <translation>街道改名</translation>
    </message>
    <message>
        <source>Community renamed</source>
        <translation>社区改名</translation>
    </message>
    <message>
        <source>Grid renamed</source>
        <translation>网格改名</translation>
    </message>
    <message>
        <source>Street removed</source>
        <translation>删除街道</translation>
    </message>
    <message>
        <source>Community removed</source>
        <translation>删除社区</translation>
    </message>
    <message>
        <source>Grid removed</source>
        <translation>删除网格</translation>
    </message>
    <message>
        <source>Nothing-to-report round</source>
        <translation>巡查零报告</translation>
    </message>
    <message>
        <source>Dispute followed up</source>
        <translation>矛盾纠纷跟进</translation>
    </message>
    <message>
        <source>Party ID number shown</source>
        <translation>查看当事人身份证号</translation>
    </message>
    <message>
        <source>Party phone numbers shown</source>
        <translation>查看当事人电话</translation>
    </message>
    <message>
        <source>Petitioner identity shown</source>
        <translation>查看信访人身份</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Ticket called</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Ticket cancelled</source>
        <translation>取消号票</translation>
    </message>
    <message>
        <source>Counter closed</source>
        <translation>窗口关闭</translation>
    </message>
    <message>
        <source>Counter opened</source>
        <translation>窗口开启</translation>
    </message>
    <message>
        <source>Counter paused</source>
        <translation>窗口暂停</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Service finished</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Ticket held</source>
        <translation>挂起号票</translation>
    </message>
    <message>
        <source>Ticket issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Ticket called again</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Ticket reinstated</source>
        <translation>恢复号票</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Ticket transferred</source>
        <translation>转窗口</translation>
    </message>
    <message>
        <source>Receiving body enabled</source>
        <translation>启用承接单位</translation>
    </message>
    <message>
        <source>Receiving body added</source>
        <translation>新增承接单位</translation>
    </message>
    <message>
        <source>Receiving body disabled</source>
        <translation>停用承接单位</translation>
    </message>
    <message>
        <source>Receiving body loaded</source>
        <translation>导入承接单位</translation>
    </message>
    <message>
        <source>Receiving body changed</source>
        <translation>修改承接单位</translation>
    </message>
    <message>
        <source>Request accepted</source>
        <translation>受理申请</translation>
    </message>
    <message>
        <source>Request completed</source>
        <translation>申请办结</translation>
    </message>
    <message>
        <source>Receipt data read</source>
        <translation>读取回执数据</translation>
    </message>
    <message>
        <source>Receipt refused</source>
        <translation>拒绝回执</translation>
    </message>
    <message>
        <source>Request referred</source>
        <translation>申请转办</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Request started</source>
        <translation>开始办理申请</translation>
    </message>
    <message>
        <source>Resident registered</source>
        <translation>登记居民</translation>
    </message>
    <message>
        <source>Resident ID number shown</source>
        <translation>查看居民身份证号</translation>
    </message>
    <message>
        <source>Showing an ID number refused</source>
        <translation>拒绝查看身份证号</translation>
    </message>
    <message>
        <source>Resident changed</source>
        <translation>修改居民信息</translation>
    </message>
    <message>
        <source>First setup</source>
        <translation>初始设置</translation>
    </message>
    <message>
        <source>Service added</source>
        <translation>新增事项</translation>
    </message>
    <message>
        <source>Service paused</source>
        <translation>暂停事项</translation>
    </message>
    <message>
        <source>Service resumed</source>
        <translation>恢复事项</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>修改事项</translation>
    </message>
    <message>
        <source>Staff added</source>
        <translation>新增工作人员</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password change by unknown user</source>
        <translation>未知用户修改密码</translation>
    </message>
    <message>
        <source>Staff disabled</source>
        <translation>停用工作人员</translation>
    </message>
    <message>
        <source>Staff enabled</source>
        <translation>启用工作人员</translation>
    </message>
    <message>
        <source>First password chosen</source>
        <translation>设置首次密码</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>登录锁定</translation>
    </message>
    <message>
        <source>Sign-in needs a new password</source>
        <translation>登录需设新密码</translation>
    </message>
    <message>
        <source>Signed in with a temporary password</source>
        <translation>临时密码登录</translation>
    </message>
    <message>
        <source>Sign-in by unknown user</source>
        <translation>未知用户登录</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Staff renamed</source>
        <translation>工作人员改名</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Temporary password replaced</source>
        <translation>更换临时密码</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Center settings</source>
        <translation>中心设置</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>大厅大屏</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Grid map</source>
        <translation>网格地图</translation>
    </message>
    <message>
        <source>Dispute ledger</source>
        <translation>矛盾纠纷台账</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>信访</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队</translation>
    </message>
    <message>
        <source>Receiving bodies</source>
        <translation>承接单位</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Booking slip</source>
        <translation>预约单</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>日历日</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <source>Mediation case</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>转办单</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>承接单位</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号票</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>counters</source>
        <translation>窗口数</translation>
    </message>
    <message>
        <source>counter number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>previous state</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>services</source>
        <translation>事项数</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>号票数</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>service</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>service seconds</source>
        <translation>办理秒数</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>号票</translation>
    </message>
    <message>
        <source>to service</source>
        <translation>转至事项</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: none in this period</source>
        <translation>%1：本期暂无数据</translation>
    </message>
</context>
<context>
    <name>BookingForm</name>
    <message>
        <source>Book an appointment</source>
        <translation>预约登记</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>办理事项：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>if not registered</source>
        <translation>未登记时必填</translation>
    </message>
    <message>
        <source>Other resident</source>
        <translation>换一位群众</translation>
    </message>
    <message>
        <source>Book  [Alt+B]</source>
        <translation>预约  [Alt+B]</translation>
    </message>
    <message>
        <source>No service takes appointments yet: the administrator sets the appointments per slot of a service.</source>
        <translation>还没有开放预约的事项：请管理员为事项设置每个时段的预约名额。</translation>
    </message>
    <message>
        <source>%1   begun</source>
        <translation>%1   已开始</translation>
    </message>
    <message>
        <source>%1   full (%2)</source>
        <translation>%1   已约满（%2）</translation>
    </message>
    <message>
        <source>%1   %2 of %3 free</source>
        <translation>%1   余 %2 / %3</translation>
    </message>
    <message>
        <source>%1 places free on this day.</source>
        <translation>当天还有 %1 个名额。</translation>
    </message>
    <message>
        <source>No free slot on this day: choose another day.</source>
        <translation>当天已无空余时段，请另选日期。</translation>
    </message>
    <message>
        <source>Registered resident %1.</source>
        <translation>已登记群众 %1。</translation>
    </message>
    <message>
        <source>Type the ID number, or place the ID card on the reader.</source>
        <translation>请输入证件号码，或在读卡器上刷身份证。</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 / 18 位</translation>
    </message>
    <message>
        <source>Valid ID number.</source>
        <translation>证件号码有效。</translation>
    </message>
    <message>
        <source>Choose a service that takes appointments.</source>
        <translation>请选择开放预约的事项。</translation>
    </message>
    <message>
        <source>Choose a free time in the list.</source>
        <translation>请在列表中选择有空余名额的时段。</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>证件号码：%1</translation>
    </message>
    <message>
        <source>Booked %1: %2, %3 %4.</source>
        <translation>预约成功 %1：%2，%3 %4。</translation>
    </message>
</context>
<context>
    <name>CalendarTableModel</name>
    <message>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>swapped working day</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>CallLine</name>
    <message>
        <source>%1 to counter %2</source>
        <extracomment>%1 is a ticket code such as A023, %2 a counter number. zh_CN: 请 %1 号到 %2 号窗口</extracomment>
        <translation>请 %1 号到 %2 号窗口</translation>
    </message>
    <message>
        <source>Number %1, please go to counter %2</source>
        <extracomment>Spoken; %1 is the code spelt out (A 0 2 3), %2 a counter number. zh_CN: 请 %1 号到 %2 号窗口</extracomment>
        <translation>请 %1 号到 %2 号窗口</translation>
    </message>
    <message>
        <source>Please take a ticket and wait for your number</source>
        <extracomment>Shown on the hall display before the first call of the day. zh_CN: 请取号等候叫号</extracomment>
        <translation>请取号并等候叫号</translation>
    </message>
</context>
<context>
    <name>CannotServe</name>
    <message>
        <source>%1 may set the center up but may not serve residents at a counter.</source>
        <translation>%1 可以设置中心，但不能在窗口为群众办理业务。</translation>
    </message>
    <message>
        <source>This center has no counter staff yet. Add a clerk (here, or in the manager station&apos;s Administration tab), then sign in as the clerk; the clerk chooses a password at the first sign-in.</source>
        <translation>本中心还没有窗口工作人员。请添加一名窗口人员（在此处，或在管理站的“系统管理”页），然后以该窗口人员登录；窗口人员首次登录时自行设置密码。</translation>
    </message>
    <message>
        <source>Sign in with a counter staff account.</source>
        <translation>请用窗口工作人员账户登录。</translation>
    </message>
</context>
<context>
    <name>CannotServeDialog</name>
    <message>
        <source>This account cannot serve</source>
        <translation>此账户不能办理业务</translation>
    </message>
    <message>
        <source>Add a clerk…</source>
        <translation>添加窗口人员…</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>换一个账户登录</translation>
    </message>
</context>
<context>
    <name>CaseDetailWidget</name>
    <message>
        <source>Select a case in the list to see it here.</source>
        <translation>在列表中选择案件以在此查看。</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>关闭案件详情</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>文书：</translation>
    </message>
    <message>
        <source>Referral slip PDF…</source>
        <translation>转介单 PDF…</translation>
    </message>
    <message>
        <source>Print short slip</source>
        <translation>打印简要转介单</translation>
    </message>
    <message>
        <source>Agreement PDF…</source>
        <translation>调解协议书 PDF…</translation>
    </message>
    <message>
        <source>Rights notice PDF…</source>
        <translation>权利义务告知书 PDF…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>期限提醒</translation>
    </message>
    <message>
        <source>File</source>
        <translation>卷宗</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>调解日期</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>调解笔录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>已归卷</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Risk of escalation</source>
        <translation>有激化风险</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>调解渠道</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>转介反馈期限</translation>
    </message>
    <message>
        <source>(extended)</source>
        <translation>（已延长）</translation>
    </message>
    <message>
        <source>Mediation target</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <source>Session scheduled</source>
        <translation>已排期调解</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>%1 生效</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Confirmation by</source>
        <translation>司法确认申请期限</translation>
    </message>
    <message>
        <source>Confirmation applied</source>
        <translation>已申请司法确认</translation>
    </message>
    <message>
        <source>Routes offered</source>
        <translation>告知的其他途径</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>纠纷主要事实</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>告知建议</translation>
    </message>
    <message>
        <source>Extension consent</source>
        <translation>延期同意情况</translation>
    </message>
    <message>
        <source>(organisation)</source>
        <translation>（单位）</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>查看完整号码…</translation>
    </message>
    <message>
        <source>Show the full ID number (the reveal is audited)</source>
        <translation>显示完整证件号码（查看操作将记入审计日志）</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>missing (needed)</source>
        <translation>缺少（必需）</translation>
    </message>
    <message>
        <source>feedback by %1</source>
        <translation>%1 前反馈</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>session on %1</source>
        <translation>%1 调解</translation>
    </message>
    <message>
        <source>held %1</source>
        <translation>%1 调解</translation>
    </message>
    <message>
        <source>%1 terms</source>
        <translation>%1 项条款</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已化解</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>未化解</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>%1 申请</translation>
    </message>
    <message>
        <source>term %1</source>
        <translation>第 %1 条</translation>
    </message>
    <message>
        <source>fulfilled %1</source>
        <translation>%1 履行</translation>
    </message>
    <message>
        <source>new target %1</source>
        <translation>新期限 %1</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>转介…</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>受理…</translation>
    </message>
    <message>
        <source>Referral acknowledged…</source>
        <translation>对方已签收…</translation>
    </message>
    <message>
        <source>Result received…</source>
        <translation>已反馈结果…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>排期…</translation>
    </message>
    <message>
        <source>First session…</source>
        <translation>开始调解…</translation>
    </message>
    <message>
        <source>Agreement…</source>
        <translation>达成协议…</translation>
    </message>
    <message>
        <source>Mediation failed…</source>
        <translation>调解不成…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>终止调解…</translation>
    </message>
    <message>
        <source>Confirmation applied…</source>
        <translation>申请司法确认…</translation>
    </message>
    <message>
        <source>Confirmed…</source>
        <translation>司法确认有效…</translation>
    </message>
    <message>
        <source>Not confirmed…</source>
        <translation>司法确认未通过…</translation>
    </message>
    <message>
        <source>Performing…</source>
        <translation>履行中…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>归档…</translation>
    </message>
    <message>
        <source>None open to you</source>
        <translation>无可执行操作</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 现为：%2。</translation>
    </message>
    <message>
        <source>Reveal the ID number</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <source>Why do you need the full ID number? (recorded in the audit log)</source>
        <translation>为何需要查看完整证件号码？（将记入审计日志）</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the referral slip</source>
        <translation>保存转介单</translation>
    </message>
    <message>
        <source>Save the agreement</source>
        <translation>保存调解协议书</translation>
    </message>
    <message>
        <source>Save the notice of rights and duties</source>
        <translation>保存当事人权利义务告知书</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>This station has no receipt printer.</source>
        <translation>本机没有回执打印机。</translation>
    </message>
    <message>
        <source>Printing the short slip of %1.</source>
        <translation>正在打印 %1 的简要转介单。</translation>
    </message>
    <message>
        <source>The short slip of %1 is printed.</source>
        <translation>%1 的简要转介单已打印。</translation>
    </message>
    <message>
        <source>the printer is not ready</source>
        <translation>打印机未就绪</translation>
    </message>
    <message>
        <source>The short slip of %1 waits for the printer (%2).</source>
        <translation>%1 的简要转介单正在等待打印机（%2）。</translation>
    </message>
</context>
<context>
    <name>CaseDialogs</name>
    <message>
        <source>Give the reason in the note.</source>
        <translation>请在备注中填写原因。</translation>
    </message>
    <message>
        <source>The file still lacks: %1</source>
        <translation>卷宗尚缺：%1</translation>
    </message>
    <message>
        <source>Move the session date</source>
        <translation>调整调解日期</translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation>记录调解</translation>
    </message>
    <message>
        <source>Extend the mediation</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>A term is fulfilled</source>
        <translation>条款已履行</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Add to the case file</source>
        <translation>材料归卷</translation>
    </message>
</context>
<context>
    <name>CaseIntakeDialog</name>
    <message>
        <source>Register a dispute</source>
        <translation>登记矛盾纠纷</translation>
    </message>
    <message>
        <source>R-2026-000123 (optional)</source>
        <translation>R-2026-000123（可选）</translation>
    </message>
    <message>
        <source>From service request</source>
        <translation>来自受理编号</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Add applicant</source>
        <translation>添加申请人</translation>
    </message>
    <message>
        <source>Add respondent</source>
        <translation>添加被申请人</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>删除当事人</translation>
    </message>
    <message>
        <source>Risk of escalation (violence, a group, petitions)</source>
        <translation>有激化风险（暴力、群体性、信访）</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>纠纷主要事实</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Enter at least one applicant.</source>
        <translation>请至少填写一名申请人。</translation>
    </message>
    <message>
        <source>Enter at least one respondent.</source>
        <translation>请至少填写一名被申请人。</translation>
    </message>
    <message>
        <source>Write a short statement of the facts.</source>
        <translation>请简要填写纠纷事实。</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <source>Search: case number or a party&apos;s name</source>
        <translation>搜索：案件编号或当事人姓名</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>登记案件…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All dispute types</source>
        <translation>全部纠纷类型</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示超期</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>超期 %1 件</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>调解渠道</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Applicant ID</source>
        <translation>申请人证件号码</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Overdue: a deadline of this case has passed</source>
        <translation>已超期：本案有期限已过</translation>
    </message>
    <message>
        <source>Risk of escalation</source>
        <translation>有激化风险</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>The agreement took effect on %1; the last day to apply is %2.</source>
        <translation>协议于 %1 生效，申请截止日期为 %2。</translation>
    </message>
</context>
<context>
    <name>CounterTableModel</name>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Services, in order</source>
        <translation>业务（按顺序）</translation>
    </message>
    <message>
        <source>open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>CivicDesk counter %1</source>
        <translation>政务服务中心 %1 号窗口</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>呼叫下一位</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>转办…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>暂缓…</translation>
    </message>
    <message>
        <source>Call a ticket…</source>
        <translation>指定叫号…</translation>
    </message>
    <message>
        <source>Record request  [F9]</source>
        <translation>登记受理  [F9]</translation>
    </message>
    <message>
        <source>Requests  [F10]</source>
        <translation>受理记录  [F10]</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候队列</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>等候队列（%1）</translation>
    </message>
    <message>
        <source>Mediation  [F11]</source>
        <translation>纠纷调解  [F11]</translation>
    </message>
    <message>
        <source>Petitions  [F12]</source>
        <translation>信访与排查  [F12]</translation>
    </message>
    <message>
        <source>Appointments  [Ctrl+B]</source>
        <translation>预约  [Ctrl+B]</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>当前登录：%1</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Close counter</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Called %1.</source>
        <translation>已呼叫 %1。</translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>正在办理 %1。</translation>
    </message>
    <message>
        <source>%1 finished. Please ask the resident to rate the service.</source>
        <translation>%1 已办结，请邀请群众评价。</translation>
    </message>
    <message>
        <source>%1 did not come: marked as a no-show.</source>
        <translation>%1 未到，已记为过号。</translation>
    </message>
    <message>
        <source>%1 is on hold.</source>
        <translation>%1 已暂缓。</translation>
    </message>
    <message>
        <source>%1 was transferred and waits in the new queue.</source>
        <translation>%1 已转办，在新队列中等候。</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>本窗口暂无等候的群众。</translation>
    </message>
    <message>
        <source>%1 was called %2 more times and did not come: it is now a no-show.</source>
        <translation>%1 又呼叫了 %2 次仍未到场，已记为过号。</translation>
    </message>
    <message>
        <source>Called %1 again.</source>
        <translation>已再次呼叫 %1。</translation>
    </message>
    <message>
        <source>Call a ticket</source>
        <translation>指定叫号</translation>
    </message>
    <message>
        <source>Ticket number, e.g. A023:</source>
        <translation>号码（例如 A023）：</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>To which service?</source>
        <translation>转到哪项业务？</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Hold for how many minutes?</source>
        <translation>暂缓多少分钟？</translation>
    </message>
    <message>
        <source>Welcome back: the counter is open.</source>
        <translation>欢迎回来，窗口已恢复服务。</translation>
    </message>
    <message>
        <source>The counter is on a break.</source>
        <translation>窗口已暂停服务。</translation>
    </message>
    <message>
        <source>The counter is closed.</source>
        <translation>窗口已关闭。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Connection to the database lost. Retrying; nothing you saved is lost.</source>
        <translation>与数据库的连接中断，正在重试；已保存的内容不会丢失。</translation>
    </message>
    <message>
        <source>The ID card reader typed an ID number that is not valid: %1</source>
        <translation>身份证阅读器输入的身份证号码无效：%1</translation>
    </message>
    <message>
        <source>Could not use that scan: %1 Please scan again.</source>
        <translation>无法识别此次扫码：%1 请重新扫码。</translation>
    </message>
    <message>
        <source>The barcode scanner is not available: %1</source>
        <translation>扫码枪不可用：%1</translation>
    </message>
    <message>
        <source>ID card: %1</source>
        <translation>身份证：%1</translation>
    </message>
    <message>
        <source>Appointment %1 checked in: ticket %2.</source>
        <translation>预约 %1 已签到：号码 %2。</translation>
    </message>
    <message>
        <source>Appointment %1 is late: ticket %2 is an ordinary walk-in ticket.</source>
        <translation>预约 %1 已迟到：号码 %2 为普通现场号。</translation>
    </message>
    <message>
        <source>Ticket %1 is from %2, not today.</source>
        <translation>号码 %1 是 %2 的，不是今天的。</translation>
    </message>
    <message>
        <source>%1 is at this counter.</source>
        <translation>%1 正在本窗口。</translation>
    </message>
    <message>
        <source>called</source>
        <translation>已呼叫</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 状态：%2。</translation>
    </message>
    <message>
        <source>(counter %1)</source>
        <translation>（%1 号窗口）</translation>
    </message>
</context>
<context>
    <name>CountersTab</name>
    <message>
        <source>New counter</source>
        <translation>新建窗口</translation>
    </message>
    <message>
        <source>Remove counter…</source>
        <translation>删除窗口…</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Services it calls (tick them; the first ones come first):</source>
        <translation>呼叫的业务（请勾选，排在前面的优先）：</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>(not offered)</source>
        <translation>（未开通）</translation>
    </message>
    <message>
        <source>Saved counter %1.</source>
        <translation>已保存 %1 号窗口。</translation>
    </message>
    <message>
        <source>Remove counter %1 (%2)? This cannot be undone.</source>
        <translation>删除 %1 号窗口（%2）？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Removed counter %1.</source>
        <translation>已删除 %1 号窗口。</translation>
    </message>
    <message>
        <source>Remove counter</source>
        <translation>删除窗口</translation>
    </message>
</context>
<context>
    <name>DeskPanel</name>
    <message>
        <source>Petitions</source>
        <translation>信访</translation>
    </message>
    <message>
        <source>Dispute ledger</source>
        <translation>矛盾纠纷排查台账</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>Printer of this station</source>
        <translation>本机打印机</translation>
    </message>
    <message>
        <source>Find ports</source>
        <translation>查找端口</translation>
    </message>
    <message>
        <source>The printer draws barcodes and QR codes itself</source>
        <translation>由打印机自行生成条码和二维码</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Baud rate:</source>
        <translation>波特率：</translation>
    </message>
    <message>
        <source>Flow control:</source>
        <translation>流控：</translation>
    </message>
    <message>
        <source>Paper width:</source>
        <translation>纸张宽度：</translation>
    </message>
    <message>
        <source>Barcode scanner of this station</source>
        <translation>本机扫码枪</translation>
    </message>
    <message>
        <source>empty: a keyboard scanner (USB) only</source>
        <translation>留空：仅使用键盘式扫码枪（USB）</translation>
    </message>
    <message>
        <source>Serial port:</source>
        <translation>串口：</translation>
    </message>
    <message>
        <source>Save to the settings file</source>
        <translation>保存到设置文件</translation>
    </message>
    <message>
        <source>Printer status</source>
        <translation>打印机状态</translation>
    </message>
    <message>
        <source>Ask the printer</source>
        <translation>查询打印机状态</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>The test page is printed with the settings shown, saved or not; it goes straight to the printer, not through the print queue.</source>
        <translation>测试页按当前显示的设置打印（无论是否已保存），直接发送到打印机，不经过打印队列。</translation>
    </message>
    <message>
        <source>Virtual printer (files and pictures)</source>
        <translation>虚拟打印机（文件和图片）</translation>
    </message>
    <message>
        <source>Serial ESC/POS thermal printer</source>
        <translation>串口 ESC/POS 热敏打印机</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>无打印机</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>RTS/CTS (hardware)</source>
        <translation>RTS/CTS（硬件）</translation>
    </message>
    <message>
        <source>XON/XOFF (software)</source>
        <translation>XON/XOFF（软件）</translation>
    </message>
    <message>
        <source>This station runs without a settings file: changes cannot be saved here.</source>
        <translation>本机未使用设置文件，无法在此保存修改。</translation>
    </message>
    <message>
        <source>Settings file of this station (%1): %2</source>
        <translation>本机设置文件（%1）：%2</translation>
    </message>
    <message>
        <source>Saved to %1. Restart this station for the printer and scanner to use them.</source>
        <translation>已保存到 %1。请重启本机，使打印机和扫码枪设置生效。</translation>
    </message>
    <message>
        <source>Asking the printer…</source>
        <translation>正在查询打印机…</translation>
    </message>
    <message>
        <source>This station has no printer.</source>
        <translation>本机没有打印机。</translation>
    </message>
    <message>
        <source>The test page was printed.</source>
        <translation>测试页已打印。</translation>
    </message>
    <message>
        <source>Picture of the page: %1</source>
        <translation>页面图片：%1</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>未打印任何内容。</translation>
    </message>
    <message>
        <source>The printer does not answer. Check its power and cable.</source>
        <translation>打印机无响应，请检查电源和连接线。</translation>
    </message>
    <message>
        <source>The printer cover is open. Close it.</source>
        <translation>打印机盖未关好，请关好。</translation>
    </message>
    <message>
        <source>The printer is out of paper. Load a new roll.</source>
        <translation>打印机缺纸，请装入新纸卷。</translation>
    </message>
    <message>
        <source>The printer reports an error (paper jam, cutter or overheating). Clear it and switch the printer off and on.</source>
        <translation>打印机报错（卡纸、切刀故障或过热）。请排除故障后重启打印机。</translation>
    </message>
    <message>
        <source>The printer is offline. Check that it is switched on and ready.</source>
        <translation>打印机离线，请检查是否已开机并就绪。</translation>
    </message>
    <message>
        <source>The printer is ready; its paper roll is nearly used up.</source>
        <translation>打印机已就绪，纸卷即将用完。</translation>
    </message>
    <message>
        <source>The printer is ready.</source>
        <translation>打印机已就绪。</translation>
    </message>
</context>
<context>
    <name>DistrictWindow</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>取号数</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号率</translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation>等候中位(分)</translation>
    </message>
    <message>
        <source>Wait p90 (min)</source>
        <translation>九成等候(分)</translation>
    </message>
    <message>
        <source>Median service (min)</source>
        <translation>办理中位(分)</translation>
    </message>
    <message>
        <source>Good ratings</source>
        <translation>好评率</translation>
    </message>
    <message>
        <source>Requests on time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>Petitions on time</source>
        <translation>信访按期办结率</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>current</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>CivicDesk — district overview</source>
        <translation>CivicDesk — 全区政务服务总览</translation>
    </message>
    <message>
        <source>District overview: every center side by side</source>
        <translation>全区政务服务总览：各中心并列比较</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>No center has sent figures yet: subscribe to each center (district subscribe) or import their files (district import).</source>
        <translation>尚无中心上报数据：请订阅各中心（district subscribe）或导入其数据文件（district import）。</translation>
    </message>
    <message>
        <source>Data older than yesterday: %1.</source>
        <translation>数据早于昨日：%1。</translation>
    </message>
    <message>
        <source>Every center&apos;s data is current.</source>
        <translation>各中心数据均为最新。</translation>
    </message>
    <message>
        <source>District total: %1 tickets, %2 served, median wait %3 min, good ratings %4, requests on time %5.</source>
        <translation>全区合计：取号 %1 人，办结 %2 人，等候中位数 %3 分钟，好评率 %4，按时办结率 %5。</translation>
    </message>
    <message>
        <source>Save the table as CSV in</source>
        <translation>将表格导出为 CSV，保存到</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报表导出为 PDF</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>called</source>
        <translation>已呼叫</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation>已过号</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>暂缓中</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>checked in late</source>
        <translation>迟到签到</translation>
    </message>
    <message>
        <source>open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>on a break</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>counter staff</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>管理人员</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>取号机</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>rating panel</source>
        <translation>评价器</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>reinstate</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>start serving</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>mark as a no-show</source>
        <translation>记为过号</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>issue tickets</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>serve residents</source>
        <translation>为群众办理业务</translation>
    </message>
    <message>
        <source>cancel tickets</source>
        <translation>取消号票</translation>
    </message>
    <message>
        <source>close the day</source>
        <translation>日终结算</translation>
    </message>
    <message>
        <source>read the statistics</source>
        <translation>查看统计</translation>
    </message>
    <message>
        <source>administer the center</source>
        <translation>管理中心设置</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>管理工作人员账户</translation>
    </message>
    <message>
        <source>add demonstration data</source>
        <translation>添加演示数据</translation>
    </message>
    <message>
        <source>record service requests</source>
        <translation>登记办件</translation>
    </message>
    <message>
        <source>read service requests</source>
        <translation>查看办件</translation>
    </message>
    <message>
        <source>reveal ID numbers</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <source>rate a visit</source>
        <translation>评价服务</translation>
    </message>
    <message>
        <source>follow up ratings</source>
        <translation>回访评价</translation>
    </message>
    <message>
        <source>read mediation cases</source>
        <translation>查看调解案件</translation>
    </message>
    <message>
        <source>refer disputes</source>
        <translation>转介纠纷</translation>
    </message>
    <message>
        <source>mediate</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>reveal the IDs of parties</source>
        <translation>查看当事人身份证号</translation>
    </message>
    <message>
        <source>manage the directory of bodies</source>
        <translation>管理接收单位名录</translation>
    </message>
    <message>
        <source>pause services</source>
        <translation>暂停业务</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The action could not be completed.</source>
        <translation>此操作未能完成。</translation>
    </message>
    <message>
        <source>That record was not found.</source>
        <translation>未找到该记录。</translation>
    </message>
    <message>
        <source>There is no ticket {code} on {day}.</source>
        <translation>{day} 没有 {code} 号。</translation>
    </message>
    <message>
        <source>There is no counter number {counter}.</source>
        <translation>没有 {counter} 号窗口。</translation>
    </message>
    <message>
        <source>That step is not possible in the ticket&apos;s or case&apos;s present state.</source>
        <translation>当前状态下不能进行此操作。</translation>
    </message>
    <message>
        <source>Cannot {action} {code}: it is {status}.</source>
        <translation>无法{action} {code}：该号{status}。</translation>
    </message>
    <message>
        <source>Counter {counter} has no ticket called or in service.</source>
        <translation>{counter} 号窗口没有已呼叫或正在办理的号。</translation>
    </message>
    <message>
        <source>Counter {counter} is {state}; open it first.</source>
        <translation>{counter} 号窗口{state}，请先开放窗口。</translation>
    </message>
    <message>
        <source>Counter {counter} is already open.</source>
        <translation>{counter} 号窗口已经开放。</translation>
    </message>
    <message>
        <source>Counter {counter} is already closed.</source>
        <translation>{counter} 号窗口已经关闭。</translation>
    </message>
    <message>
        <source>{code} is already in service {service}.</source>
        <translation>{code} 已在 {service} 业务中。</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>您的账户无权进行此操作。</translation>
    </message>
    <message>
        <source>{who} ({role}) is not allowed to {action}.</source>
        <translation>{who}（{role}）无权{action}。</translation>
    </message>
    <message>
        <source>Counter {counter} is signed in by another staff member.</source>
        <translation>{counter} 号窗口已由其他工作人员登录。</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>目前没有人等候。</translation>
    </message>
    <message>
        <source>Nobody is waiting for counter {counter}.</source>
        <translation>{counter} 号窗口目前没有人等候。</translation>
    </message>
    <message>
        <source>The counter still has a ticket called or in service; finish it first.</source>
        <translation>本窗口还有已呼叫或正在办理的号，请先办结。</translation>
    </message>
    <message>
        <source>Counter {counter} still has {code} ({status}); finish it first.</source>
        <translation>{counter} 号窗口还有 {code}（{status}），请先办结。</translation>
    </message>
    <message>
        <source>Another counter called that ticket first.</source>
        <translation>该号已被其他窗口先呼叫。</translation>
    </message>
    <message>
        <source>{code} was already called by counter {counter}.</source>
        <translation>{code} 已被 {counter} 号窗口呼叫。</translation>
    </message>
    <message>
        <source>This visit has already been rated.</source>
        <translation>本次服务已经评价过。</translation>
    </message>
    <message>
        <source>{code} was already rated.</source>
        <translation>{code} 已经评价过。</translation>
    </message>
    <message>
        <source>Cannot record a request for {code}: it is {status}; call and serve it first.</source>
        <translation>无法为 {code} 登记办件：该号{status}，请先呼叫并开始办理。</translation>
    </message>
    <message>
        <source>Ticket {code} is from {day}, not today.</source>
        <translation>号票 {code} 是 {day} 的，不是今天的。</translation>
    </message>
    <message>
        <source>{phone} is not a mobile number: 1[3-9] and 9 digits.</source>
        <translation>{phone} 不是手机号码：应为 1[3-9] 开头的 11 位数字。</translation>
    </message>
    <message>
        <source>{phone} is not a phone number: use a mobile number (11 digits) or a landline of digits and dashes such as 010-62345678.</source>
        <translation>{phone} 不是电话号码：请填写 11 位手机号码，或由数字和短横线组成的固定电话，如 010-62345678。</translation>
    </message>
    <message>
        <source>The ID number {id_number} is registered under another name. Check the number, or correct the name of the registered resident.</source>
        <translation>身份证号 {id_number} 已登记在另一个姓名下。请核对号码，或更正已登记群众的姓名。</translation>
    </message>
    <message>
        <source>This service is not available now.</source>
        <translation>该业务现在不办理。</translation>
    </message>
    <message>
        <source>The service {service} {name} is not offered now.</source>
        <translation>业务 {service} {name} 现在不办理。</translation>
    </message>
    <message>
        <source>The center takes no tickets now: it is outside opening hours.</source>
        <translation>现在不在办公时间，暂不取号。</translation>
    </message>
    <message>
        <source>This service is paused by the center.</source>
        <translation>该业务已由中心暂停办理。</translation>
    </message>
    <message>
        <source>The service {service} {name} is paused by the center.</source>
        <translation>业务 {service} {name} 已由中心暂停办理。</translation>
    </message>
    <message>
        <source>Today&apos;s numbers for this service are all taken.</source>
        <translation>该业务今日号已取完。</translation>
    </message>
    <message>
        <source>Today&apos;s {quota} numbers for {service} {name} are all taken.</source>
        <translation>{service} {name} 今日限号 {quota} 个，已全部取完。</translation>
    </message>
    <message>
        <source>Some of what was entered is not valid.</source>
        <translation>输入的内容有误。</translation>
    </message>
    <message>
        <source>The text is not accepted.</source>
        <translation>该文字不符合要求。</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>密码太短。</translation>
    </message>
    <message>
        <source>The new password must differ from the one it replaces.</source>
        <translation>新密码不能与原密码相同。</translation>
    </message>
    <message>
        <source>The ID number is not valid.</source>
        <translation>身份证号码无效。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>用户名不存在或密码错误。</translation>
    </message>
    <message>
        <source>{user} already has a password; sign in to change it.</source>
        <translation>{user} 已有密码，请登录后修改。</translation>
    </message>
    <message>
        <source>The account {user} is locked after too many failed attempts; try again after {until} or ask an administrator.</source>
        <translation>账户 {user} 因多次登录失败已被锁定，请在 {until} 后再试，或请管理员解锁。</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account {user} is locked for {minutes} minutes.</source>
        <translation>登录失败次数过多：账户 {user} 已锁定 {minutes} 分钟。</translation>
    </message>
    <message>
        <source>No account named {user}.</source>
        <translation>没有名为 {user} 的账户。</translation>
    </message>
    <message>
        <source>The user name {user} is already taken.</source>
        <translation>用户名 {user} 已被使用。</translation>
    </message>
    <message>
        <source>The account is locked for a while after too many wrong passwords.</source>
        <translation>密码错误次数过多，账户已暂时锁定。</translation>
    </message>
    <message>
        <source>Choose a password before signing in.</source>
        <translation>请先设置密码再登录。</translation>
    </message>
    <message>
        <source>Replace the temporary password before signing in.</source>
        <translation>请先更换临时密码再登录。</translation>
    </message>
    <message>
        <source>The database cannot be reached. Your last action was not saved; try again.</source>
        <translation>无法连接数据库。刚才的操作未保存，请重试。</translation>
    </message>
    <message>
        <source>The time limit for this step has passed.</source>
        <translation>此步骤的期限已过。</translation>
    </message>
    <message>
        <source>{number} on the same matter was re-reviewed on {day}: the same matter on the same facts is not accepted again. Decline it, or state the new facts.</source>
        <translation>同一事项 {number} 已于 {day} 复核终结：同一事实和理由不再受理。请作不予受理，或写明新的事实和理由。</translation>
    </message>
    <message>
        <source>The handling period of {number} ended on {day}: an extension is decided before it ends.</source>
        <translation>{number} 的办理期限已于 {day} 届满：延期须在期限届满前决定。</translation>
    </message>
    <message>
        <source>A review of {number} had to be asked for by {day}.</source>
        <translation>{number} 的复查申请应于 {day} 前提出。</translation>
    </message>
    <message>
        <source>The grid {name} is named by {count} ledger entries or monthly reports and is kept; rename it instead.</source>
        <translation>网格 {name} 有 {count} 条台账或月排查报告，不能删除；可以改名。</translation>
    </message>
    <message>
        <source>{name} still holds communities or grids; remove them first.</source>
        <translation>{name} 下还有社区或网格，请先删除它们。</translation>
    </message>
    <message>
        <source>There is already a place named {name} there.</source>
        <translation>此处已有名为 {name} 的地点。</translation>
    </message>
    <message>
        <source>The case file still lacks items it must have.</source>
        <translation>案卷还缺少必备材料。</translation>
    </message>
    <message>
        <source>The center is open now: closing {day} would expire {count} open tickets. Close the day after opening hours, or confirm it in the manager station.</source>
        <translation>中心仍在办公时间内：现在结束 {day} 将作废 {count} 个未办结的号。请在办公时间后结束当日，或在管理站确认。</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>无法写入文件。</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>That scan is not one of our codes.</source>
        <translation>扫描的不是本系统的条码。</translation>
    </message>
    <message>
        <source>The scan was empty.</source>
        <translation>扫描内容为空。</translation>
    </message>
    <message>
        <source>The scanner sent noise.</source>
        <translation>扫码枪发来了干扰信号。</translation>
    </message>
    <message>
        <source>{scanned} is not a CivicDesk code: expected a ticket (T-YYYYMMDD-A023), a service request (R-YYYY-NNNNNN) or a mediation case (M-YYYY-NNNNNN).</source>
        <translation>{scanned} 不是本系统的条码：应为号票（T-YYYYMMDD-A023）、办件（R-YYYY-NNNNNN）或调解案件（M-YYYY-NNNNNN）。</translation>
    </message>
    <message>
        <source>Ticket {code} names an impossible day {day}.</source>
        <translation>号票 {code} 的日期 {day} 不存在。</translation>
    </message>
    <message>
        <source>{code} names an impossible year {year}.</source>
        <translation>{code} 的年份 {year} 不可能。</translation>
    </message>
    <message>
        <source>This service issues tickets by ID card only: please place your ID card.</source>
        <translation>本业务须刷身份证取号：请将身份证放在读卡器上。</translation>
    </message>
    <message>
        <source>One person may take only a few tickets for this service a day.</source>
        <translation>同一人每天在本业务取号次数有限。</translation>
    </message>
    <message>
        <source>That appointment time cannot be booked: choose another slot.</source>
        <translation>该预约时段无法预约，请选择其他时段。</translation>
    </message>
    <message>
        <source>The center is closed on {day}: choose a working day.</source>
        <translation>{day} 中心不办公，请选择工作日。</translation>
    </message>
    <message>
        <source>{time} is not an appointment slot: the opening hours {hours} are cut into {minutes}-minute slots.</source>
        <translation>{time} 不是预约时段：办公时间 {hours} 按每 {minutes} 分钟划分时段。</translation>
    </message>
    <message>
        <source>The slot {day} {time} has begun or passed: choose a later one.</source>
        <translation>{day} {time} 的时段已开始或已过，请选择更晚的时段。</translation>
    </message>
    <message>
        <source>The service {service} {name} takes no appointments.</source>
        <translation>事项 {service} {name} 不接受预约。</translation>
    </message>
    <message>
        <source>The slot {day} {time} of {service} is full ({capacity} appointments): choose another slot.</source>
        <translation>{service} 在 {day} {time} 的时段已约满（{capacity} 个名额），请另选时段。</translation>
    </message>
    <message>
        <source>This resident already has appointment {code} for {service} on {day}; cancel it first to book another time.</source>
        <translation>该群众在 {day} 已有 {service} 的预约 {code}；如需改约，请先取消原预约。</translation>
    </message>
    <message>
        <source>The ID number {id_number} is not registered yet: enter the resident&apos;s name.</source>
        <translation>证件号码 {id_number} 尚未登记，请填写群众姓名。</translation>
    </message>
    <message>
        <source>There is no appointment {code}.</source>
        <translation>没有预约 {code}。</translation>
    </message>
    <message>
        <source>Appointment {code} is {status}.</source>
        <translation>预约 {code} {status}。</translation>
    </message>
    <message>
        <source>It is too early to check in for this appointment.</source>
        <translation>预约签到时间未到。</translation>
    </message>
    <message>
        <source>The database file is damaged; the administrator restores a backup.</source>
        <translation>数据库文件已损坏，请管理员恢复备份。</translation>
    </message>
    <message>
        <source>There is no database here yet: the administrator creates it (db upgrade).</source>
        <translation>此处尚无数据库：请管理员创建（db upgrade）。</translation>
    </message>
    <message>
        <source>This database belongs to another program; CivicDesk leaves it untouched.</source>
        <translation>该数据库属于其他程序，CivicDesk 不会改动它。</translation>
    </message>
    <message>
        <source>Another station that is still running uses this station&apos;s name.</source>
        <translation>另一台仍在运行的工作站正在使用本工作站的名称。</translation>
    </message>
    <message>
        <source>The database is older than this CivicDesk: back it up, then upgrade it.</source>
        <translation>数据库版本较旧：请先备份，再升级。</translation>
    </message>
    <message>
        <source>The key that protects residents&apos; ID and phone numbers cannot be used.</source>
        <translation>保护居民身份证号和电话号码的密钥无法使用。</translation>
    </message>
    <message>
        <source>The key that protects residents&apos; ID and phone numbers is missing.</source>
        <translation>缺少保护居民身份证号和电话号码的密钥。</translation>
    </message>
    <message>
        <source>The data key here belongs to another database.</source>
        <translation>此处的数据密钥属于另一个数据库。</translation>
    </message>
</context>
<context>
    <name>ExtendPage</name>
    <message>
        <source>The mediation target %1 moves by %2 days, once, with both parties&apos; consent.</source>
        <translation>经双方当事人同意，调解期限 %1 可延长 %2 天，仅限一次。</translation>
    </message>
    <message>
        <source>The applicants consent</source>
        <translation>申请人同意</translation>
    </message>
    <message>
        <source>The respondents consent</source>
        <translation>被申请人同意</translation>
    </message>
    <message>
        <source>How they consented</source>
        <translation>同意方式</translation>
    </message>
    <message>
        <source>An extension needs the consent of both parties.</source>
        <translation>延长调解期限须经双方当事人同意。</translation>
    </message>
    <message>
        <source>Say how both parties consented (signed, recorded, …).</source>
        <translation>请说明双方当事人的同意方式（签字、录音录像等）。</translation>
    </message>
</context>
<context>
    <name>FailPage</name>
    <message>
        <source>Routes offered</source>
        <translation>告知的其他途径</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>已告知建议</translation>
    </message>
    <message>
        <source>Tick at least one route offered to the parties.</source>
        <translation>请至少勾选一项已告知当事人的途径。</translation>
    </message>
    <message>
        <source>Write down the advice given to the parties.</source>
        <translation>请填写向当事人提出的建议。</translation>
    </message>
</context>
<context>
    <name>FileItemPage</name>
    <message>
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Ledger entry %1: follow-up</source>
        <translation>台账 %1：跟踪回访</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>回访频次</translation>
    </message>
    <message>
        <source>every %1 working day(s)</source>
        <translation>每 %1 个工作日</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Say what the follow-up found.</source>
        <translation>请填写回访情况。</translation>
    </message>
</context>
<context>
    <name>FulfilPage</name>
    <message>
        <source>Term</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Fulfilled on</source>
        <translation>履行日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Every term is fulfilled already.</source>
        <translation>所有条款均已履行。</translation>
    </message>
</context>
<context>
    <name>GridMapTab</name>
    <message>
        <source>Add a grid</source>
        <translation>添加网格</translation>
    </message>
    <message>
        <source>Street / town</source>
        <translation>街道 / 乡镇</translation>
    </message>
    <message>
        <source>Community / village</source>
        <translation>社区 / 村</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Grid members</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add the grid</source>
        <translation>添加网格</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>添加网格员</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>删除网格员</translation>
    </message>
    <message>
        <source>Save the members</source>
        <translation>保存网格员</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>已选：%1</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>Grid %1 added.</source>
        <translation>已添加网格 %1。</translation>
    </message>
    <message>
        <source>%1 is now called %2.</source>
        <translation>%1 已改名为 %2。</translation>
    </message>
    <message>
        <source>%1 removed from the map.</source>
        <translation>已从辖区删除 %1。</translation>
    </message>
    <message>
        <source>The members of %1 are saved.</source>
        <translation>%1 的网格员已保存。</translation>
    </message>
</context>
<context>
    <name>HallDisplayWindow</name>
    <message>
        <source>CivicDesk — hall display</source>
        <translation>政务服务中心 — 叫号屏</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <source>Please get ready</source>
        <translation>请准备</translation>
    </message>
    <message>
        <source>People waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>Connection to the database lost — showing the last known state</source>
        <translation>与数据库的连接中断 — 显示最后的状态</translation>
    </message>
    <message>
        <source>Welcome. Please take a ticket at the kiosk and wait for your number to be called.</source>
        <translation>欢迎光临！请在取号机取号，留意叫号。</translation>
    </message>
</context>
<context>
    <name>HallMarks</name>
    <message>
        <source>Appt.</source>
        <translation>预约</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>ID card of %1 read: touch the service you need</source>
        <translation>已读取 %1 的身份证：请点选您要办理的业务</translation>
    </message>
    <message>
        <source>Touch the service you need</source>
        <translation>请点击您要办理的业务</translation>
    </message>
    <message>
        <source>Green channel:</source>
        <translation>绿色通道：</translation>
    </message>
    <message>
        <source>Elderly 60+</source>
        <translation>60岁以上老人</translation>
    </message>
    <message>
        <source>Military family</source>
        <translation>军人军属</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Choose a green channel first if it applies to you, then touch your service.</source>
        <translation>如符合绿色通道条件，请先选择，再点击业务。</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <source>The center</source>
        <translation>中心</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Also open on weekends and holidays</source>
        <translation>周末及节假日照常办公</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>办公时间：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Recalls before a no-show:</source>
        <translation>过号前重呼次数：</translation>
    </message>
    <message>
        <source>Usual service time:</source>
        <translation>一般办理时长：</translation>
    </message>
    <message>
        <source>Green channel by ID card from age:</source>
        <translation>刷身份证取号绿色通道年龄：</translation>
    </message>
    <message>
        <source>ID-card tickets per person, service and day:</source>
        <translation>每人每项业务每天实名取号上限：</translation>
    </message>
    <message>
        <source>Appointment slots:</source>
        <translation>预约时段长度：</translation>
    </message>
    <message>
        <source>Check-in opens before the slot:</source>
        <translation>时段开始前可签到：</translation>
    </message>
    <message>
        <source>Check-in closes after its start:</source>
        <translation>时段开始后可签到：</translation>
    </message>
    <message>
        <source>Opening hours are periods separated by commas, such as 08:30-12:00,13:30-17:30. The kiosk issues tickets only then, on working days.</source>
        <translation>办公时间为以逗号分隔的时段，例如 08:30-12:00,13:30-17:30。取号机仅在工作日的这些时段内出号。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Holidays and swapped working days</source>
        <translation>节假日与调休工作日</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Name, such as 国庆节</source>
        <translation>名称，如 国庆节</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Enter the %1 public holidays</source>
        <translation>录入 %1 年法定节假日</translation>
    </message>
    <message>
        <source>Saved the center settings.</source>
        <translation>已保存中心设置。</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 已设为%2。</translation>
    </message>
    <message>
        <source>Select a day in the list first.</source>
        <translation>请先在列表中选择日期。</translation>
    </message>
    <message>
        <source>%1 is an ordinary day again.</source>
        <translation>%1 已恢复为普通日期。</translation>
    </message>
    <message>
        <source>Enter the public holidays and swapped working days of %1 as published by the State Council? Days already in the list are kept. Check them against the official notice.</source>
        <translation>是否按国务院公布的安排录入 %1 年的法定节假日和调休工作日？列表中已有的日期将保留。请对照官方通知核对。</translation>
    </message>
    <message>
        <source>Entered %1 days.</source>
        <translation>已录入 %1 天。</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>法定节假日</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>No services are offered at this kiosk yet</source>
        <translation>本机暂未开通取号业务</translation>
    </message>
    <message>
        <source>Please ask at the information desk.</source>
        <translation>请到咨询台询问。</translation>
    </message>
    <message>
        <source>Please come back during opening hours.</source>
        <translation>请在办公时间内前来。</translation>
    </message>
    <message>
        <source>Service resumes on %1 at %2.</source>
        <translation>将于 %1 %2 恢复服务。</translation>
    </message>
    <message>
        <source>We are closed now. Thank you for coming.</source>
        <translation>现在是非办公时间，感谢您的光临。</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the database. Please ask the staff for help.</source>
        <translation>取号机无法连接数据库，请联系工作人员。</translation>
    </message>
    <message>
        <source>Please place your ID card on the reader</source>
        <translation>请刷身份证</translation>
    </message>
    <message>
        <source>This service issues tickets by ID card only.</source>
        <translation>本业务须刷身份证取号。</translation>
    </message>
    <message>
        <source>It is too early to check in</source>
        <translation>现在签到还太早</translation>
    </message>
    <message>
        <source>Check-in for your appointment opens at %1. Please come back then.</source>
        <translation>您的预约 %1 起可以签到，请届时再来。</translation>
    </message>
    <message>
        <source>Your ID card could not be used</source>
        <translation>您的身份证无法使用</translation>
    </message>
    <message>
        <source>This ID card expired on %1. Please use a valid ID card.</source>
        <translation>此身份证已于 %1 过期，请使用有效身份证。</translation>
    </message>
    <message>
        <source>The ID number on this card is not valid. Please go to a counter.</source>
        <translation>此证件上的身份证号码无效，请到窗口咨询。</translation>
    </message>
    <message>
        <source>The card was removed too early. Place it again and leave it until the beep.</source>
        <translation>身份证移开过早，请重新放置，听到提示音后再拿开。</translation>
    </message>
    <message>
        <source>This ID card cannot be read. Please go to a counter.</source>
        <translation>无法读取此身份证，请到窗口咨询。</translation>
    </message>
    <message>
        <source>Printing is switched off here.</source>
        <translation>本机未启用打印。</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>正在打印号票…</translation>
    </message>
    <message>
        <source>Appointment checked in (%1). Your number</source>
        <translation>预约（%1）已签到。您的号码</translation>
    </message>
    <message>
        <source>You are late for your %1 appointment: this is an ordinary number</source>
        <translation>您已错过 %1 的预约时段：本号为普通号</translation>
    </message>
    <message>
        <source>Sorry, no ticket was issued</source>
        <translation>抱歉，取号未成功</translation>
    </message>
    <message>
        <source>Please take your ticket below.</source>
        <translation>请取走下方的号票。</translation>
    </message>
    <message>
        <source>The printer does not answer.</source>
        <translation>打印机无响应。</translation>
    </message>
    <message>
        <source>%1 Your ticket is valid: please remember your number %2.</source>
        <translation>%1 您的号码有效，请记住您的号码：%2。</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>打印机缺纸。</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>打印机盖未关好。</translation>
    </message>
    <message>
        <source>The printer is offline.</source>
        <translation>打印机离线。</translation>
    </message>
    <message>
        <source>CivicDesk kiosk</source>
        <translation>政务服务中心取号机</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>工作人员面板</translation>
    </message>
    <message>
        <source>Set kiosk_pin in the settings file to enable the staff panel.</source>
        <translation>请在设置文件中设置 kiosk_pin 以启用工作人员面板。</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>尚未检测</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>打印机 %1：%2</translation>
    </message>
</context>
<context>
    <name>KpiRow</name>
    <message>
        <source>Booked %1, checked in %2 (on time %3), no-shows %4, cancelled %5; appointments are %6 of the tickets.</source>
        <translation>预约 %1 人，已签到 %2 人（准时 %3 人），爽约 %4 人，取消 %5 人；预约号占当日取号的 %6。</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>取号人次</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Mean wait (min)</source>
        <translation>平均等候（分钟）</translation>
    </message>
    <message>
        <source>90% waited less than (min)</source>
        <translation>等候90分位（分钟）</translation>
    </message>
    <message>
        <source>Waited over target</source>
        <translation>超时等候</translation>
    </message>
    <message>
        <source>Good ratings</source>
        <translation>好评</translation>
    </message>
    <message>
        <source>Requests accepted</source>
        <translation>受理办件</translation>
    </message>
    <message>
        <source>Requests overdue</source>
        <translation>超期办件</translation>
    </message>
    <message>
        <source>Mediation success</source>
        <translation>调解成功率</translation>
    </message>
    <message>
        <source>Appointments checked in / booked</source>
        <translation>预约签到 / 预约数</translation>
    </message>
</context>
<context>
    <name>LauncherWindow</name>
    <message>
        <source>CivicDesk — all-in-one station</source>
        <translation>政务服务中心 — 一体化演示站</translation>
    </message>
    <message>
        <source>CivicDesk public service center</source>
        <translation>政务服务中心</translation>
    </message>
    <message>
        <source>Try the whole center on this machine: open the kiosk and take a ticket, open a counter and call it, watch the hall display, and read the figures as a manager. Tickets print on a virtual printer; open Printouts to see them.</source>
        <translation>在一台电脑上体验整个中心：打开取号机取号，打开窗口叫号，观看叫号屏，以管理人员身份查看统计。号票由虚拟打印机输出，点击“打印记录”查看。</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>取号机</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>叫号屏</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Counter no.:</source>
        <translation>窗口号：</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Printouts</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <source>Start the demonstration on the training clock</source>
        <translation>用培训时钟开始演示</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>This station is not available yet.</source>
        <translation>该工作站暂不可用。</translation>
    </message>
    <message>
        <source>The kiosk is open: residents can take tickets.</source>
        <translation>取号机已开放：群众可以取号。</translation>
    </message>
    <message>
        <source>The kiosk is closed now (outside opening hours).</source>
        <translation>取号机现已关闭（非办公时间）。</translation>
    </message>
    <message>
        <source>Service day %1: %2 waiting</source>
        <translation>%1 当前等候 %2 人</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 人等候</translation>
    </message>
    <message>
        <source>The center is closed now, so the kiosk takes no tickets. To try everything as during opening hours, start the demonstration on the training clock: the program&apos;s time starts at %1, and practice tickets go into a separate training database.</source>
        <translation>中心现在不在办公时间，取号机不能取号。若要像办公时间一样试用全部功能，请用培训时钟开始演示：程序时间从 %1 开始，练习产生的号票存入单独的培训数据库。</translation>
    </message>
    <message>
        <source>The database cannot be reached; retrying…</source>
        <translation>无法连接数据库，正在重试…</translation>
    </message>
</context>
<context>
    <name>LedgerMoveDialog</name>
    <message>
        <source>Ledger entry %1: next step</source>
        <translation>台账 %1：下一步</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>办理为</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>移交至</translation>
    </message>
    <message>
        <source>Link an existing case</source>
        <translation>关联已有案件</translation>
    </message>
    <message>
        <source>Create a new mediation case</source>
        <translation>新建调解案件</translation>
    </message>
    <message>
        <source>&amp;Mediation case</source>
        <translation>调解案件(&amp;M)</translation>
    </message>
    <message>
        <source>Respondents (the others apply)</source>
        <translation>被申请人（其余为申请人）</translation>
    </message>
    <message>
        <source>Names the entry lacks, split by 、</source>
        <translation>台账未列的姓名，用、分隔</translation>
    </message>
    <message>
        <source>Other respondents</source>
        <translation>其他被申请人</translation>
    </message>
    <message>
        <source>No step is open to you from this state.</source>
        <translation>当前状态下没有您可以办理的步骤。</translation>
    </message>
    <message>
        <source>Mediation case (M-…)</source>
        <translation>调解案件编号（M-…）</translation>
    </message>
    <message>
        <source>Petition (X-…)</source>
        <translation>信访事项编号（X-…）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>职能部门</translation>
    </message>
    <message>
        <source>How was it resolved? (required)</source>
        <translation>如何化解？（必填）</translation>
    </message>
    <message>
        <source>Why is it escalated? (required)</source>
        <translation>上报理由（必填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Claims (the case&apos;s note)</source>
        <translation>调解请求（案件备注）</translation>
    </message>
    <message>
        <source>Write the note: it is required for this step.</source>
        <translation>此步骤须填写说明。</translation>
    </message>
    <message>
        <source>Say where it is referred to.</source>
        <translation>请填写移交去向。</translation>
    </message>
    <message>
        <source>Mark at least one party as respondent, or name one.</source>
        <translation>请至少勾选或填写一名被申请人。</translation>
    </message>
    <message>
        <source>Leave at least one party as applicant.</source>
        <translation>请至少保留一名当事人作为申请人。</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>风险标记</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区（村）</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>登记纠纷(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;solved…</source>
        <translation>已化解(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;fer…</source>
        <translation>移交(&amp;F)…</translation>
    </message>
    <message>
        <source>Esc&amp;alate…</source>
        <translation>上报(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;More steps…</source>
        <translation>其他步骤(&amp;M)…</translation>
    </message>
    <message>
        <source>Follow-&amp;up…</source>
        <translation>跟踪回访(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Zero report…</source>
        <translation>零报告(&amp;Z)…</translation>
    </message>
    <message>
        <source>Open disputes in the ledger</source>
        <translation>台账中在办的矛盾纠纷</translation>
    </message>
    <message>
        <source>Open disputes by community and risk</source>
        <translation>在办纠纷：按社区与风险等级</translation>
    </message>
    <message>
        <source>%1 is not an open entry.</source>
        <translation>%1 不是在办的台账记录。</translation>
    </message>
    <message>
        <source>Not yet reported for %1: %2</source>
        <translation>%1 尚未上报的网格：%2</translation>
    </message>
    <message>
        <source>Every grid has reported for %1.</source>
        <translation>%1 所有网格均已上报。</translation>
    </message>
    <message>
        <source>No open dispute in the ledger.</source>
        <translation>台账中暂无在办的矛盾纠纷。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Mediation case: %1 (%2)</source>
        <translation>调解案件：%1（%2）</translation>
    </message>
    <message>
        <source>Mediation outcome: %1</source>
        <translation>调解结果：%1</translation>
    </message>
    <message>
        <source>%1 entered in the ledger.</source>
        <translation>%1 已登记入台账。</translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation>请先选择一条台账记录。</translation>
    </message>
    <message>
        <source>%1: being resolved.</source>
        <translation>%1：化解中。</translation>
    </message>
    <message>
        <source>%1 resolved.</source>
        <translation>%1 已化解。</translation>
    </message>
    <message>
        <source>%1 escalated.</source>
        <translation>%1 已上报。</translation>
    </message>
    <message>
        <source>%1 referred.</source>
        <translation>%1 已移交。</translation>
    </message>
    <message>
        <source>%1 referred to mediation: case %2.</source>
        <translation>%1 已转人民调解：案件 %2。</translation>
    </message>
    <message>
        <source>Follow-up of %1 recorded.</source>
        <translation>已记录 %1 的跟踪回访。</translation>
    </message>
    <message>
        <source>Zero report of %1 for %2 recorded.</source>
        <translation>已记录 %1 的 %2 零报告。</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>零报告</translation>
    </message>
    <message>
        <source>Which grid found no dispute?</source>
        <translation>哪个网格本月未发现矛盾纠纷？</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Your password was set by an administrator and is only temporary. Choose your own password now (at least %1 characters, not the temporary one).</source>
        <translation>您的密码由管理员设置，仅为临时密码。请现在设置您自己的密码（至少 %1 个字符，不能与临时密码相同）。</translation>
    </message>
    <message>
        <source>Choose your password (at least %1 characters).</source>
        <translation>请设置您的密码（至少 %1 个字符）。</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>接待</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Mean service (min)</source>
        <translation>平均办理（分钟）</translation>
    </message>
    <message>
        <source>Good ratings</source>
        <translation>好评</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>CivicDesk manager</source>
        <translation>政务服务中心管理端</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>管理人员：%1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>报表 PDF…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Pause a service…</source>
        <translation>暂停业务…</translation>
    </message>
    <message>
        <source>Close the day…</source>
        <translation>日终结算…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>更多…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Counters and staff</source>
        <translation>窗口与工作人员</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Petitions and ledger</source>
        <translation>信访与排查</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>矛盾纠纷调解</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Arrivals and services per hour</source>
        <translation>分时段取号与办结</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Waiting time (minutes)</source>
        <translation>等候时间（分钟）</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Tickets per service</source>
        <translation>各业务取号人次</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Ratings (1 very dissatisfied … 5 very satisfied)</source>
        <translation>评价分布（1 非常不满意 … 5 非常满意）</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Close the service day %1? %2 open tickets will expire and every counter closes.</source>
        <translation>结束服务日 %1？%2 个未办结的号将作废，所有窗口将关闭。</translation>
    </message>
    <message>
        <source>The center is still within its opening hours.</source>
        <translation>中心仍在办公时间内。</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>日终结算</translation>
    </message>
    <message>
        <source>Closed %1: %2 tickets expired, %3 counters closed.</source>
        <translation>已结束 %1：%2 个号作废，%3 个窗口关闭。</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <source>Pause a service</source>
        <translation>暂停业务</translation>
    </message>
    <message>
        <source>Pause or resume which service at the kiosk?</source>
        <translation>暂停或恢复取号机上的哪项业务？</translation>
    </message>
    <message>
        <source>%1 is paused: the kiosk takes no tickets for it.</source>
        <translation>%1 已暂停：取号机不再为其取号。</translation>
    </message>
    <message>
        <source>%1 takes tickets again.</source>
        <translation>%1 已恢复取号。</translation>
    </message>
    <message>
        <source>Connection to the database lost. Retrying…</source>
        <translation>与数据库的连接中断，正在重试…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Saved %1 CSV files in %2.</source>
        <translation>已将 %1 个 CSV 文件保存到 %2。</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>CSV 文件保存文件夹</translation>
    </message>
</context>
<context>
    <name>MediationPanel</name>
    <message>
        <source>Registered %1.</source>
        <translation>已登记 %1。</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database file %1 is damaged. Your last action was not saved; the administrator restores a backup with: python main.py db restore BACKUP</source>
        <translation>数据库文件 %1 已损坏。您刚才的操作未保存；请管理员用以下命令恢复备份：python main.py db restore 备份文件</translation>
    </message>
    <message>
        <source>The database cannot be reached. Your last action was not saved; try again.</source>
        <translation>无法连接数据库，刚才的操作未保存，请重试。</translation>
    </message>
    <message>
        <source>The residents&apos; data cannot be opened: the data key is missing or belongs to another database. Details: %1</source>
        <translation>无法打开居民数据：数据密钥缺失，或属于另一个数据库。详情：%1</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The new password must differ from the one it replaces.</source>
        <translation>新密码不能与被替换的密码相同。</translation>
    </message>
    <message>
        <source>You have taken %1 tickets for this service today; one person may take %2 a day.</source>
        <translation>您今天已取本业务号 %1 次；每人每天最多可取 %2 次。</translation>
    </message>
    <message>
        <source>This service issues tickets by ID card only: please place your ID card.</source>
        <translation>本业务须实名取号：请刷身份证。</translation>
    </message>
    <message>
        <source>Something went wrong. The problem was logged; please try again or call support.</source>
        <translation>出现问题，已记录日志；请重试或联系技术支持。</translation>
    </message>
</context>
<context>
    <name>NoticeTab</name>
    <message>
        <source>The hall display scrolls this notice along its bottom edge. Leave it empty to show the welcome line. Line breaks become spaces.</source>
        <translation>叫号屏底部将滚动显示此公告。留空则显示欢迎语。换行将显示为空格。</translation>
    </message>
    <message>
        <source>Remove the notice</source>
        <translation>撤下公告</translation>
    </message>
    <message>
        <source>Show on the display</source>
        <translation>在叫号屏显示</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>已输入 %1/%2 字</translation>
    </message>
    <message>
        <source>Shown now: %1</source>
        <translation>当前显示：%1</translation>
    </message>
    <message>
        <source>No notice is shown now; the display welcomes.</source>
        <translation>当前未显示公告，叫号屏显示欢迎语。</translation>
    </message>
    <message>
        <source>The display shows the new notice.</source>
        <translation>叫号屏已显示新公告。</translation>
    </message>
    <message>
        <source>The notice is removed.</source>
        <translation>公告已撤下。</translation>
    </message>
</context>
<context>
    <name>NowTab</name>
    <message numerus="yes">
        <source>%n counters open</source>
        <translation>
            <numerusform>开放窗口 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody waiting now, %1.</source>
        <translation>当前无人等候，%1。</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1，%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting now</source>
        <translation>
            <numerusform>当前等候 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest wait %n min</source>
        <translation>
            <numerusform>最长等候 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a sentence, then the next</comment>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n in red need a look.</source>
        <translation>
            <numerusform>红色 %n 项需要关注。</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Longest wait (min)</source>
        <translation>最长等候（分钟）</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation>目标（分钟）</translation>
    </message>
    <message>
        <source>Open counters</source>
        <translation>开放窗口</translation>
    </message>
    <message>
        <source>Appointments</source>
        <comment>checked in and waiting</comment>
        <translation>已签到预约</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Taking tickets</source>
        <translation>正常取号</translation>
    </message>
    <message>
        <source>The longest wait, %1 min, is over the target of %2 min.</source>
        <translation>最长等候 %1 分钟，超过目标 %2 分钟。</translation>
    </message>
    <message>
        <source>People are waiting and no open counter serves them.</source>
        <translation>有人等候，但没有开放的窗口办理此业务。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>当前号</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>号状态</translation>
    </message>
    <message>
        <source>For (min)</source>
        <translation>已用时（分钟）</translation>
    </message>
    <message>
        <source>Called %1 min ago and not yet started (more than %2 min).</source>
        <translation>叫号已 %1 分钟仍未开始办理（超过 %2 分钟）。</translation>
    </message>
    <message>
        <source>Serving for %1 min, more than %2 times the recent average of %3 min.</source>
        <translation>已办理 %1 分钟，超过近期平均 %3 分钟的 %2 倍。</translation>
    </message>
</context>
<context>
    <name>PartyTable</name>
    <message>
        <source>Side</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>证件号码/统一社会信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation>代理人电话</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>PerformedPage</name>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Open terms fulfilled on</source>
        <translation>未履行条款的履行日期</translation>
    </message>
</context>
<context>
    <name>PetitionAcceptPage</name>
    <message>
        <source>Handled within 60 days of today; the acceptance notice tells when.</source>
        <translation>自今日起60日内办结；受理告知书写明办结期限。</translation>
    </message>
    <message>
        <source>%1 on the same matter was re-reviewed: accept only with new facts or reasons, or decline it.</source>
        <translation>同一事项 %1 已复核终结：有新的事实和理由方可受理，否则不予受理。</translation>
    </message>
    <message>
        <source>New facts or reasons</source>
        <translation>新的事实和理由</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>State the new facts, or decline the petition.</source>
        <translation>请写明新的事实和理由，或作不予受理。</translation>
    </message>
</context>
<context>
    <name>PetitionDeadlines</name>
    <message>
        <source>Decide by</source>
        <translation>受理决定期限</translation>
    </message>
    <message>
        <source>Handle by</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Review asked by</source>
        <translation>申请复查期限</translation>
    </message>
    <message>
        <source>Review decided by</source>
        <translation>复查办结期限</translation>
    </message>
    <message>
        <source>Re-review asked by</source>
        <translation>申请复核期限</translation>
    </message>
    <message>
        <source>Re-review decided by</source>
        <translation>复核办结期限</translation>
    </message>
</context>
<context>
    <name>PetitionDeclinePage</name>
    <message>
        <source>The notice tells the petitioner where the matter belongs instead.</source>
        <translation>告知书告知信访人应当通过的法定途径。</translation>
    </message>
    <message>
        <source>Legal route instead</source>
        <translation>告知的法定途径</translation>
    </message>
    <message>
        <source>Why it is not accepted</source>
        <translation>不予受理的理由</translation>
    </message>
    <message>
        <source>Tick at least one legal route.</source>
        <translation>请至少勾选一种法定途径。</translation>
    </message>
    <message>
        <source>Say why it is not accepted.</source>
        <translation>请填写不予受理的理由。</translation>
    </message>
</context>
<context>
    <name>PetitionExtendPage</name>
    <message>
        <source>Once only, at most 30 days, before the handling period ends.</source>
        <translation>只能延期一次，最长30日，须在办理期限届满前决定。</translation>
    </message>
    <message>
        <source>Days (1-30)</source>
        <translation>延长天数（1-30）</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>请填写延期理由。</translation>
    </message>
</context>
<context>
    <name>PetitionForwardPage</name>
    <message>
        <source>The forwarding notice tells the petitioner which body handles it.</source>
        <translation>转送告知书告知信访人由哪个机关办理。</translation>
    </message>
    <message>
        <source>Competent body</source>
        <translation>有权处理的机关</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name the competent body.</source>
        <translation>请填写有权处理的机关。</translation>
    </message>
</context>
<context>
    <name>PetitionMoveDialog</name>
    <message>
        <source>Petition %1: next step</source>
        <translation>信访事项 %1：下一步</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超期）</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>办理为</translation>
    </message>
    <message>
        <source>Save the written notice as a PDF afterwards</source>
        <translation>办理后将书面告知书保存为 PDF</translation>
    </message>
    <message>
        <source>No step is open to you from this state.</source>
        <translation>当前状态下没有您可以办理的步骤。</translation>
    </message>
</context>
<context>
    <name>PetitionReferDialog</name>
    <message>
        <source>Petition %1: refer to mediation</source>
        <translation>信访事项 %1：转人民调解</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Kind of dispute</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>调解请求</translation>
    </message>
    <message>
        <source>Name at least one respondent.</source>
        <translation>请至少填写一名被申请人。</translation>
    </message>
</context>
<context>
    <name>PetitionReplyPage</name>
    <message>
        <source>Finding</source>
        <translation>处理结论</translation>
    </message>
    <message>
        <source>The written reply</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>Petitioner&apos;s satisfaction</source>
        <translation>信访人满意度</translation>
    </message>
    <message>
        <source>Write the reply.</source>
        <translation>请填写处理意见。</translation>
    </message>
</context>
<context>
    <name>PetitionsPage</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Petitioners</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>&amp;New petition…</source>
        <translation>登记信访(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>受理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>不予受理(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>转送(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>延期(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>答复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;More steps…</source>
        <translation>其他步骤(&amp;M)…</translation>
    </message>
    <message>
        <source>To media&amp;tion…</source>
        <translation>转调解(&amp;T)…</translation>
    </message>
    <message>
        <source>Notice &amp;PDF…</source>
        <translation>告知书 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Show &amp;ID…</source>
        <translation>查看证件号(&amp;I)…</translation>
    </message>
    <message>
        <source>There is no petition %1.</source>
        <translation>没有信访事项 %1。</translation>
    </message>
    <message>
        <source>No petition registered yet.</source>
        <translation>尚无登记的信访事项。</translation>
    </message>
    <message>
        <source>No petition selected.</source>
        <translation>未选择信访事项。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>信访事项</translation>
    </message>
    <message>
        <source>Body concerned</source>
        <translation>涉及单位</translation>
    </message>
    <message>
        <source>People who came</source>
        <translation>来访人数</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>转送机关</translation>
    </message>
    <message>
        <source>%1 days: %2</source>
        <translation>%1 天：%2</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>Re-review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Petitioners:</source>
        <translation>信访人：</translation>
    </message>
    <message>
        <source>Repeat of %1 (same petitioner and matter).</source>
        <translation>与 %1 重复（同一信访人、同一事项）。</translation>
    </message>
    <message>
        <source>Mediation case: %1 (%2)</source>
        <translation>调解案件：%1（%2）</translation>
    </message>
    <message>
        <source>Mediation outcome: %1</source>
        <translation>调解结果：%1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <source>%1: review asked for.</source>
        <translation>%1：已申请复查。</translation>
    </message>
    <message>
        <source>%1: review decided.</source>
        <translation>%1：已出具复查意见。</translation>
    </message>
    <message>
        <source>%1: re-review asked for.</source>
        <translation>%1：已申请复核。</translation>
    </message>
    <message>
        <source>%1: re-review decided (final).</source>
        <translation>%1：已出具复核意见（终结）。</translation>
    </message>
    <message>
        <source>%1 referred to mediation: case %2.</source>
        <translation>%1 已转人民调解：案件 %2。</translation>
    </message>
    <message>
        <source>Show the ID number</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <source>Whose?</source>
        <translation>哪一位信访人？</translation>
    </message>
    <message>
        <source>Why (recorded in the audit log)?</source>
        <translation>查看理由（记入审计日志）：</translation>
    </message>
    <message>
        <source>Notice PDF</source>
        <translation>告知书 PDF</translation>
    </message>
    <message>
        <source>Which document?</source>
        <translation>哪一份文书？</translation>
    </message>
    <message>
        <source>Registration slip</source>
        <translation>登记回执</translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation>受理告知书</translation>
    </message>
    <message>
        <source>Notice of non-acceptance</source>
        <translation>不予受理告知书</translation>
    </message>
    <message>
        <source>Forwarding notice</source>
        <translation>转送告知书</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>延期告知书</translation>
    </message>
    <message>
        <source>Written reply</source>
        <translation>处理意见书</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1 on the same matter was re-reviewed: not accepted again.</source>
        <translation>同一事项 %1 已复核终结，不再受理。</translation>
    </message>
    <message>
        <source>%1 registered.</source>
        <translation>%1 已登记。</translation>
    </message>
    <message>
        <source>Select a petition first.</source>
        <translation>请先选择一件信访事项。</translation>
    </message>
    <message>
        <source>%1 accepted.</source>
        <translation>%1 已受理。</translation>
    </message>
    <message>
        <source>%1 declined.</source>
        <translation>%1 不予受理。</translation>
    </message>
    <message>
        <source>%1 forwarded.</source>
        <translation>%1 已转送。</translation>
    </message>
    <message>
        <source>%1 extended.</source>
        <translation>%1 已延期。</translation>
    </message>
    <message>
        <source>%1 replied.</source>
        <translation>%1 已答复。</translation>
    </message>
    <message>
        <source>Legal route instead</source>
        <translation>告知的法定途径</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>处理结论</translation>
    </message>
</context>
<context>
    <name>PrintoutViewer</name>
    <message>
        <source>Printouts of the virtual printers</source>
        <translation>虚拟打印机打印记录</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Nothing printed yet.</source>
        <translation>尚未打印任何内容。</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>Please rate our service</source>
        <translation>请对我们的服务进行评价</translation>
    </message>
    <message>
        <source>Sorry. Please tell us what went wrong:</source>
        <translation>很抱歉，请告诉我们哪里做得不好：</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Ticket %1 · %2 · counter %3</source>
        <translation>号码 %1 · %2 · %3 号窗口</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Please choose a reason first.</source>
        <translation>请先选择原因。</translation>
    </message>
</context>
<context>
    <name>ReceiptDesk</name>
    <message>
        <source>%1 accepted; the receipt is printing.</source>
        <translation>%1 已受理，正在打印回执。</translation>
    </message>
    <message>
        <source>This counter has no receipt printer.</source>
        <translation>本窗口没有回执打印机。</translation>
    </message>
    <message>
        <source>Printing the receipt of %1.</source>
        <translation>正在打印 %1 的回执。</translation>
    </message>
    <message>
        <source>The receipt of %1 is printed.</source>
        <translation>%1 的回执已打印。</translation>
    </message>
    <message>
        <source>the printer is not ready</source>
        <translation>打印机未就绪</translation>
    </message>
    <message>
        <source>The receipt of %1 waits for the printer (%2); it prints when the printer is ready.</source>
        <translation>%1 的回执正在等待打印机（%2），打印机就绪后自动打印。</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>将回执保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the receipt as %1.</source>
        <translation>回执已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>RecentCallsModel</name>
    <message>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
</context>
<context>
    <name>ReferPage</name>
    <message>
        <source>Channel</source>
        <translation>调解渠道</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>转介反馈期限</translation>
    </message>
    <message>
        <source>No receiving body of this channel in the directory.</source>
        <translation>名录中没有该渠道的接收单位。</translation>
    </message>
    <message>
        <source>Choose a receiving body.</source>
        <translation>请选择接收单位。</translation>
    </message>
</context>
<context>
    <name>RegisterPetitionDialog</name>
    <message>
        <source>Register a petition</source>
        <translation>登记信访事项</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>信访形式</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <source>Body concerned</source>
        <translation>涉及单位</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>信访事项</translation>
    </message>
    <message>
        <source>People who came</source>
        <translation>来访人数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Petitioners (a collective visit: its representatives)</source>
        <translation>信访人（集体访填写代表，最多5人）</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Service request</source>
        <translation>受理登记</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>办理事项：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>事项说明：</translation>
    </message>
    <message>
        <source>What the resident asks for</source>
        <translation>群众的诉求</translation>
    </message>
    <message>
        <source>Materials submitted (tick what the resident brought):</source>
        <translation>已收材料（勾选群众已提交的材料）：</translation>
    </message>
    <message>
        <source>Accept  [Ctrl+Enter]</source>
        <translation>受理  [Ctrl+Enter]</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>This matter needs no materials.</source>
        <translation>此事项无需提交材料。</translation>
    </message>
    <message>
        <source>All materials are here.</source>
        <translation>材料齐全。</translation>
    </message>
    <message>
        <source>One-time notice, still to bring: %1</source>
        <translation>一次性告知，尚需补齐：%1</translation>
    </message>
    <message>
        <source>Promised by: …</source>
        <translation>承诺办结日期：…</translation>
    </message>
    <message>
        <source>Done on the spot (today)</source>
        <translation>即办（当日办结）</translation>
    </message>
    <message>
        <source>Promised by %1 (%2 working days)</source>
        <translation>承诺 %1 前办结（%2 个工作日）</translation>
    </message>
    <message>
        <source>Accepted %1. All materials are here; promised by %2.</source>
        <translation>已受理 %1，材料齐全，承诺 %2 前办结。</translation>
    </message>
    <message>
        <source>Accepted %1; promised by %2. One-time notice given: still to bring %3.</source>
        <translation>已受理 %1，承诺 %2 前办结。已一次性告知尚需补齐：%3。</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>referred to mediation</source>
        <translation>已转调解</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <source>Overdue: past the promised date</source>
        <translation>已超期：超过承诺日期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
</context>
<context>
    <name>RequestListPage</name>
    <message>
        <source>Search: request number, ID number (or its last 4) or name</source>
        <translation>搜索：受理编号、证件号码（或后 4 位）或姓名</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Start processing</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印回执</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Opened %1 (%2).</source>
        <translation>已打开 %1（%2）。</translation>
    </message>
    <message>
        <source>Select a request.</source>
        <translation>请选择一条受理记录。</translation>
    </message>
    <message>
        <source>No request matches %1.</source>
        <translation>没有与“%1”相符的受理记录。</translation>
    </message>
    <message>
        <source>No overdue request.</source>
        <translation>没有超期办件。</translation>
    </message>
    <message>
        <source>No request recorded today.</source>
        <translation>今日尚无受理记录。</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Resident: %1 (%2)</source>
        <translation>群众：%1（%2）</translation>
    </message>
    <message>
        <source>Matter: %1</source>
        <translation>事项：%1</translation>
    </message>
    <message>
        <source>Accepted %1 at counter %2 by %3; promised by %4</source>
        <translation>%1 在 %2 号窗口由 %3 受理，承诺 %4 前办结</translation>
    </message>
    <message>
        <source>Still to bring: %1</source>
        <translation>尚需补齐：%1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Rejected because: %1</source>
        <translation>不予受理原因：%1</translation>
    </message>
    <message>
        <source>Mediation case: %1</source>
        <translation>调解案件：%1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>不予受理 %1</translation>
    </message>
    <message>
        <source>Why is the request rejected? (the resident is told)</source>
        <translation>不予受理的原因？（将告知群众）</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>不予受理需填写原因。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现为：%2。</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Choose the matter.</source>
        <translation>请选择办理事项。</translation>
    </message>
    <message>
        <source>%1 accepted, but its receipt could not be queued: %2 Use Print again.</source>
        <translation>%1 已受理，但回执未能加入打印队列：%2 请点击“重新打印”。</translation>
    </message>
    <message>
        <source>%1 accepted (no receipt printer here: use PDF…).</source>
        <translation>%1 已受理（本窗口无回执打印机，请使用 PDF…）。</translation>
    </message>
</context>
<context>
    <name>ResidentPanel</name>
    <message>
        <source>No such birth date: %1 (%2 is not a leap year).</source>
        <translation>出生日期不存在：%1（%2 年不是闰年）。</translation>
    </message>
    <message>
        <source>No such birth date: %1 does not exist.</source>
        <translation>出生日期不存在：没有 %1 这一天。</translation>
    </message>
    <message>
        <source>No such birth date: there is no month %1 (months are 01 to 12).</source>
        <translation>出生日期不存在：没有 %1 月（月份为 01 至 12）。</translation>
    </message>
    <message>
        <source>Bad check digit: the last character should be %1, not %2. Check the number for a typing mistake.</source>
        <translation>校验位错误：最后一位应为 %1，而不是 %2。请检查是否输错。</translation>
    </message>
    <message>
        <source>Wrong length: an ID number has 18 characters, this one has %1.</source>
        <translation>位数错误：身份证号码为 18 位，当前为 %1 位。</translation>
    </message>
    <message>
        <source>%1 at position %2 is not a digit: the first 17 characters are digits.</source>
        <translation>第 %2 位的“%1”不是数字：前 17 位应为数字。</translation>
    </message>
    <message>
        <source>The last character is a digit or X, not %1.</source>
        <translation>最后一位应为数字或 X，而不是 %1。</translation>
    </message>
    <message>
        <source>No province has the code %1.</source>
        <translation>不存在代码为 %1 的省份。</translation>
    </message>
    <message>
        <source>Birth year %1 is before %2.</source>
        <translation>出生年份 %1 早于 %2。</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>18 characters, then Enter</source>
        <translation>18 位，输完按回车</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>网格：</translation>
    </message>
    <message>
        <source>Save resident</source>
        <translation>保存群众信息</translation>
    </message>
    <message>
        <source>Next resident</source>
        <translation>下一位群众</translation>
    </message>
    <message>
        <source>Type the ID number first; a known resident is filled in.</source>
        <translation>请先输入证件号码，已登记的群众信息会自动填入。</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1/18 位</translation>
    </message>
    <message>
        <source>Valid ID number.</source>
        <translation>证件号码有效。</translation>
    </message>
    <message>
        <source>Valid ID number. Not registered yet: the resident is registered with the request.</source>
        <translation>证件号码有效。尚未登记，受理时将一并登记。</translation>
    </message>
    <message>
        <source>This ID number is registered under the name %1, not %2. Check the number and the name.</source>
        <translation>该证件号码登记的姓名为 %1，而不是 %2。请核对号码和姓名。</translation>
    </message>
    <message>
        <source>Registered resident %1. The ID number is masked.</source>
        <translation>已登记群众 %1，证件号码已隐藏。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>查看完整号码…</translation>
    </message>
    <message>
        <source>Counter staff may reveal the full ID number only of residents whose request they accepted today.</source>
        <translation>窗口人员只能查看本人今日受理群众的完整证件号码。</translation>
    </message>
    <message>
        <source>Reveal the ID number</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <source>Why do you need the full ID number? (recorded in the audit log)</source>
        <translation>为何需要查看完整证件号码？（将记入审计日志）</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>证件号码：%1</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s name.</source>
        <translation>请输入群众姓名。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>The dispute was resolved</source>
        <translation>纠纷已化解</translation>
    </message>
    <message>
        <source>Result reported</source>
        <translation>反馈结果</translation>
    </message>
    <message>
        <source>Say what the receiving body reported.</source>
        <translation>请填写接收单位反馈的结果。</translation>
    </message>
</context>
<context>
    <name>ReviewDecisionPage</name>
    <message>
        <source>Final: the same matter on the same facts is not accepted again.</source>
        <translation>复核意见为终结意见：同一事实和理由不再受理。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Write the opinion.</source>
        <translation>请填写意见。</translation>
    </message>
</context>
<context>
    <name>ReviewRequestPage</name>
    <message>
        <source>To be asked for by %1; decided within 30 days.</source>
        <translation>应于 %1 前申请；收到申请后30日内办结。</translation>
    </message>
    <message>
        <source>Asked for on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Session on</source>
        <translation>调解日期</translation>
    </message>
</context>
<context>
    <name>ServiceButton</name>
    <message>
        <source>%1 waiting · please place your ID card</source>
        <translation>%1 人等候 · 请刷身份证</translation>
    </message>
    <message>
        <source>%1 waiting, about %2 min</source>
        <translation>%1 人等候，约 %2 分钟</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 人等候</translation>
    </message>
    <message>
        <source>Paused by the center</source>
        <translation>中心已暂停取号</translation>
    </message>
    <message>
        <source>Today&apos;s numbers are all taken</source>
        <translation>今日号已取完（限号）</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>暂停办理</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>Letter</source>
        <translation>号码字母</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>目标等候时间</translation>
    </message>
    <message>
        <source>Promised days</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷调解</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>开通</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <source>New service</source>
        <translation>新建业务</translation>
    </message>
    <message>
        <source>In Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>In English, same lines</source>
        <translation>英文，逐行对应</translation>
    </message>
    <message>
        <source>Tickets by ID card only</source>
        <translation>仅限刷身份证取号</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Paused (the kiosk takes no tickets)</source>
        <translation>暂停办理（取号机不取号）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Disputes (referred to mediation)</source>
        <translation>矛盾纠纷（转调解）</translation>
    </message>
    <message>
        <source>Offered at the kiosk</source>
        <translation>在取号机上开通</translation>
    </message>
    <message>
        <source>Ticket letter:</source>
        <translation>号码字母：</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Chinese description:</source>
        <translation>中文说明：</translation>
    </message>
    <message>
        <source>English description:</source>
        <translation>英文说明：</translation>
    </message>
    <message>
        <source>Target wait:</source>
        <translation>目标等候时间：</translation>
    </message>
    <message>
        <source>Promised working days:</source>
        <translation>承诺办结时限（工作日）：</translation>
    </message>
    <message>
        <source>Materials (one per line):</source>
        <translation>所需材料（每行一项）：</translation>
    </message>
    <message>
        <source>Display order:</source>
        <translation>显示顺序：</translation>
    </message>
    <message>
        <source>Appointments per slot (0: none):</source>
        <translation>每个时段预约名额（0：不预约）：</translation>
    </message>
    <message>
        <source>Daily quota (tickets):</source>
        <translation>每日限号（个）：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>业务 %1</translation>
    </message>
    <message>
        <source>Saved the service %1 %2.</source>
        <translation>已保存业务 %1 %2。</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Held on</source>
        <translation>调解日期</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>调解笔录</translation>
    </message>
    <message>
        <source>Name the mediators of the session.</source>
        <translation>请填写本次调解的调解员。</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>This counter has no printer: tell the resident the code %1.</source>
        <translation>本窗口没有打印机，请告知群众预约号 %1。</translation>
    </message>
    <message>
        <source>Printing the booking slip of %1.</source>
        <translation>正在打印 %1 的预约凭条。</translation>
    </message>
    <message>
        <source>The booking slip of %1 is printed.</source>
        <translation>%1 的预约凭条已打印。</translation>
    </message>
    <message>
        <source>the printer is not ready</source>
        <translation>打印机未就绪</translation>
    </message>
    <message>
        <source>The slip of %1 waits for the printer (%2); it prints when ready.</source>
        <translation>%1 的凭条正在等待打印机（%2），就绪后自动打印。</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Selected account</source>
        <translation>所选账号</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>修改姓名</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>A password typed here is temporary: the person replaces it at their first sign-in. Leave it empty to let them choose one then (at least %1 characters).</source>
        <translation>在此输入的密码为临时密码：本人首次登录时须更换。留空则由本人在首次登录时设置（至少 %1 个字符）。</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>Select an account in the list.</source>
        <translation>请在列表中选择账号。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Created the account %1.</source>
        <translation>已创建账号 %1。</translation>
    </message>
    <message>
        <source>Renamed %1.</source>
        <translation>已修改 %1 的姓名。</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 现为：%2。</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <source>Disabled %1: they can no longer log in.</source>
        <translation>已停用 %1，该用户无法再登录。</translation>
    </message>
    <message>
        <source>Clear the password of %1? They choose a new one at their next login, and are unlocked.</source>
        <translation>清除 %1 的密码？该用户将在下次登录时设置新密码，账号同时解锁。</translation>
    </message>
    <message>
        <source>The password of %1 is cleared; they choose a new one at their next login.</source>
        <translation>已清除 %1 的密码，该用户将在下次登录时设置新密码。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked after failed logins</source>
        <translation>登录失败已锁定</translation>
    </message>
    <message>
        <source>chooses a password at next login</source>
        <translation>下次登录时设置密码</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>StationFrame</name>
    <message>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <source>Sign in to the manager station</source>
        <translation>登录管理端</translation>
    </message>
    <message>
        <source>Sign in to the district station</source>
        <translation>登录全区总览工作站</translation>
    </message>
    <message>
        <source>Sign in to counter %1</source>
        <translation>登录 %1 号窗口</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>No step is open to you from this state.</source>
        <translation>当前状态下没有您可以办理的步骤。</translation>
    </message>
</context>
<context>
    <name>TextMessages</name>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Chinese description</source>
        <translation>中文说明</translation>
    </message>
    <message>
        <source>English description</source>
        <translation>英文说明</translation>
    </message>
    <message>
        <source>Chinese center name</source>
        <translation>中心中文名称</translation>
    </message>
    <message>
        <source>English center name</source>
        <translation>中心英文名称</translation>
    </message>
    <message>
        <source>material name</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评价意见</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>follow-up note</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>completion note</source>
        <translation>办结说明</translation>
    </message>
    <message>
        <source>reason for rejecting</source>
        <translation>不予受理原因</translation>
    </message>
    <message>
        <source>reason for revealing an ID number</source>
        <translation>查看证件号码的原因</translation>
    </message>
    <message>
        <source>statement of facts</source>
        <translation>纠纷事实</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>The %1 must be text.</source>
        <translation>%1必须是文字。</translation>
    </message>
    <message>
        <source>The %1 cannot be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>The %1 is at most %2 characters (%3 given).</source>
        <translation>%1最多 %2 个字符（当前 %3 个）。</translation>
    </message>
    <message>
        <source>The %1 cannot contain line breaks or tabs.</source>
        <translation>%1不能包含换行或制表符。</translation>
    </message>
    <message>
        <source>The %1 cannot contain spaces.</source>
        <translation>%1不能包含空格。</translation>
    </message>
    <message>
        <source>The %1 contains an invisible or control character that is not allowed (%4).</source>
        <translation>%1包含不允许的不可见字符或控制字符（%4）。</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Done (%1 s)</source>
        <translation>完成（%1 秒）</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Green channel: %1</source>
        <translation>绿色通道：%1</translation>
    </message>
    <message>
        <source>You are next. Please watch the hall display.</source>
        <translation>下一位就是您，请留意叫号屏。</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>前面还有 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>预计等候约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>The counters open shortly.</source>
        <translation>窗口即将开始办理。</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <source>No ticket. Press F1 to call the next one.</source>
        <translation>当前无号码，按 F1 呼叫下一位。</translation>
    </message>
    <message>
        <source>Called (%1 of the calls allowed)</source>
        <translation>已呼叫（第 %1 次）</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Green channel: %1</source>
        <translation>绿色通道：%1</translation>
    </message>
    <message>
        <source>Waited %1</source>
        <translation>已等候 %1</translation>
    </message>
    <message>
        <source>In service %1</source>
        <translation>已办理 %1</translation>
    </message>
</context>
<context>
    <name>ToDoPanel</name>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>群众</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>预警原因</translation>
    </message>
    <message>
        <source>mediation target date</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <source>feedback from the receiving body</source>
        <translation>接收单位反馈</translation>
    </message>
    <message>
        <source>judicial confirmation window</source>
        <translation>司法确认申请期限</translation>
    </message>
    <message>
        <source>performance deadline</source>
        <translation>协议履行期限</translation>
    </message>
    <message>
        <source>scheduled session</source>
        <translation>已排期调解</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>follow-up overdue</source>
        <translation>回访超期</translation>
    </message>
    <message>
        <source>grave risk</source>
        <translation>重大风险</translation>
    </message>
    <message>
        <source>collective petition</source>
        <translation>集体访</translation>
    </message>
    <message>
        <source>repeat petition</source>
        <translation>重复访</translation>
    </message>
    <message>
        <source>matter already re-reviewed</source>
        <translation>已复核终结事项</translation>
    </message>
    <message>
        <source>five or more people</source>
        <translation>5人以上</translation>
    </message>
    <message>
        <source>again within 90 days</source>
        <translation>90日内重复发生</translation>
    </message>
    <message>
        <source>threat of violence</source>
        <translation>有暴力倾向</translation>
    </message>
    <message>
        <source>risk of turning criminal</source>
        <translation>有“民转刑”风险</translation>
    </message>
    <message>
        <source>minors involved</source>
        <translation>涉及未成年人</translation>
    </message>
    <message>
        <source>Early warnings: petitions and disputes</source>
        <translation>预警：信访与矛盾纠纷</translation>
    </message>
    <message>
        <source>Overdue service requests</source>
        <translation>超期办件</translation>
    </message>
    <message>
        <source>Mediation cases needing action</source>
        <translation>待处理调解案件</translation>
    </message>
    <message>
        <source>Bad ratings awaiting follow-up</source>
        <translation>差评待回访</translation>
    </message>
    <message>
        <source>Close the selected follow-up…</source>
        <translation>完成所选回访…</translation>
    </message>
    <message>
        <source>Follow-up closed.</source>
        <translation>回访已完成。</translation>
    </message>
    <message>
        <source>Select a rating first.</source>
        <translation>请先选择一条评价。</translation>
    </message>
    <message>
        <source>Close follow-up</source>
        <translation>完成回访</translation>
    </message>
    <message>
        <source>What was done for the resident?</source>
        <translation>为群众做了哪些处理？</translation>
    </message>
</context>
<context>
    <name>TrainingClock</name>
    <message>
        <source>Training clock: the program&apos;s time started at %1 and is not the real time; what you do now is practice.</source>
        <translation>培训时钟：程序时间从 %1 开始，并非真实时间；现在的操作均为练习。</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Case %1: next step</source>
        <translation>案件 %1：下一步</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>变更为</translation>
    </message>
    <message>
        <source>No step is open to you from this state.</source>
        <translation>当前状态下您没有可执行的操作。</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Give the reason in the note.</source>
        <translation>请在备注中填写原因。</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Name who made the visit.</source>
        <translation>请填写回访人。</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <source>Ticket</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Waited (min)</source>
        <translation>已等候（分钟）</translation>
    </message>
    <message>
        <source>held</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>预约 %1</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>转办</translation>
    </message>
</context>
</TS>
