<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
        <source>Could not use that scan: %1 Please scan again.</source>
        <translation>无法识别此次扫码：%1 请重新扫码。</translation>
    </message>
    <message>
        <source>The barcode scanner is not available: %1</source>
        <translation>扫码枪不可用：%1</translation>
    </message>
    <message>
        <source>Mediation case %1 scanned: it opens in the mediation window.</source>
        <translation>已扫描调解案件 %1，将在调解页面中打开。</translation>
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
    <name>HomePage</name>
    <message>
        <source>Touch the service you need</source>
        <translation>请点击您要办理的业务</translation>
    </message>
    <message>
        <source>Green channel:</source>
        <translation>绿色通道：</translation>
    </message>
    <message>
        <source>Elderly (65+)</source>
        <translation>老年人（65岁以上）</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Military and families</source>
        <translation>军人及军属</translation>
    </message>
    <message>
        <source>Choose a green channel first if it applies to you, then touch your service.</source>
        <translation>如符合绿色通道条件，请先选择，再点击业务。</translation>
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
        <source>This service is not available now.</source>
        <translation>该业务暂停办理。</translation>
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
        <source>Manager</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Printouts</source>
        <translation>打印记录</translation>
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
        <source>Service day %1: %2 waiting</source>
        <translation>%1 当前等候 %2 人</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 人等候</translation>
    </message>
    <message>
        <source>The database cannot be reached; retrying…</source>
        <translation>无法连接数据库，正在重试…</translation>
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
        <source>Choose your password (at least 8 characters).</source>
        <translation>请设置您的密码（至少 8 个字符）。</translation>
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
        <source>The database cannot be reached. Your last action was not saved; try again.</source>
        <translation>无法连接数据库，刚才的操作未保存，请重试。</translation>
    </message>
    <message>
        <source>Something went wrong. The problem was logged; please try again or call support.</source>
        <translation>出现问题，已记录日志；请重试或联系技术支持。</translation>
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
        <source>One-time notice (一次性告知), still to bring: %1</source>
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
        <source>Enter the resident's name.</source>
        <translation>请输入群众姓名。</translation>
    </message>
</context>
<context>
    <name>ServiceButton</name>
    <message>
        <source>%1 waiting</source>
        <translation>%1 人等候</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>暂停办理</translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <source>Sign in to counter %1</source>
        <translation>登录 %1 号窗口</translation>
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
        <source>You are next. Please watch the hall display.</source>
        <translation>下一位就是您，请留意叫号屏。</translation>
    </message>
    <message>
        <source>%1 people ahead of you, about %2 minutes</source>
        <translation>前面还有 %1 人，预计等候约 %2 分钟</translation>
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
        <source>transferred</source>
        <translation>转办</translation>
    </message>
</context>
</TS>