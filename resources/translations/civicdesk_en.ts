<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CallLine</name>
    <message>
        <source>%1 to counter %2</source>
        <extracomment>%1 is a ticket code such as A023, %2 a counter number. zh_CN: 请 %1 号到 %2 号窗口</extracomment>
        <translation>%1 to counter %2</translation>
    </message>
    <message>
        <source>Number %1, please go to counter %2</source>
        <extracomment>Spoken; %1 is the code spelt out (A 0 2 3), %2 a counter number. zh_CN: 请 %1 号到 %2 号窗口</extracomment>
        <translation>Number %1, please go to counter %2</translation>
    </message>
    <message>
        <source>Please take a ticket and wait for your number</source>
        <extracomment>Shown on the hall display before the first call of the day. zh_CN: 请取号等候叫号</extracomment>
        <translation>Please take a ticket and wait for your number</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <source>CivicDesk counter %1</source>
        <translation>CivicDesk counter %1</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Hold…</source>
        <translation>Hold…</translation>
    </message>
    <message>
        <source>Call a ticket…</source>
        <translation>Call a ticket…</translation>
    </message>
    <message>
        <source>Record request  [F9]</source>
        <translation>Record request  [F9]</translation>
    </message>
    <message>
        <source>Requests  [F10]</source>
        <translation>Requests  [F10]</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Waiting (%1)</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>On a break</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Close counter</source>
        <translation>Close counter</translation>
    </message>
    <message>
        <source>Called %1.</source>
        <translation>Called %1.</translation>
    </message>
    <message>
        <source>Serving %1.</source>
        <translation>Serving %1.</translation>
    </message>
    <message>
        <source>%1 finished. Please ask the resident to rate the service.</source>
        <translation>%1 finished. Please ask the resident to rate the service.</translation>
    </message>
    <message>
        <source>%1 did not come: marked as a no-show.</source>
        <translation>%1 did not come: marked as a no-show.</translation>
    </message>
    <message>
        <source>%1 is on hold.</source>
        <translation>%1 is on hold.</translation>
    </message>
    <message>
        <source>%1 was transferred and waits in the new queue.</source>
        <translation>%1 was transferred and waits in the new queue.</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>Nobody is waiting for this counter.</translation>
    </message>
    <message>
        <source>Call a ticket</source>
        <translation>Call a ticket</translation>
    </message>
    <message>
        <source>Ticket number, e.g. A023:</source>
        <translation>Ticket number, e.g. A023:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>To which service?</source>
        <translation>To which service?</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Note (optional):</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Hold for how many minutes?</source>
        <translation>Hold for how many minutes?</translation>
    </message>
    <message>
        <source>Welcome back: the counter is open.</source>
        <translation>Welcome back: the counter is open.</translation>
    </message>
    <message>
        <source>The counter is on a break.</source>
        <translation>The counter is on a break.</translation>
    </message>
    <message>
        <source>The counter is closed.</source>
        <translation>The counter is closed.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Connection to the database lost. Retrying; nothing you saved is lost.</source>
        <translation>Connection to the database lost. Retrying; nothing you saved is lost.</translation>
    </message>
    <message>
        <source>Could not use that scan: %1 Please scan again.</source>
        <translation>Could not use that scan: %1 Please scan again.</translation>
    </message>
    <message>
        <source>The barcode scanner is not available: %1</source>
        <translation>The barcode scanner is not available: %1</translation>
    </message>
    <message>
        <source>Mediation case %1 scanned: it opens in the mediation window.</source>
        <translation>Mediation case %1 scanned: it opens in the mediation window.</translation>
    </message>
    <message>
        <source>Ticket %1 is from %2, not today.</source>
        <translation>Ticket %1 is from %2, not today.</translation>
    </message>
    <message>
        <source>%1 is at this counter.</source>
        <translation>%1 is at this counter.</translation>
    </message>
    <message>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>being served</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation>a no-show</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 is %2.</translation>
    </message>
    <message>
        <source>(counter %1)</source>
        <translation>(counter %1)</translation>
    </message>
</context>
<context>
    <name>HallDisplayWindow</name>
    <message>
        <source>CivicDesk — hall display</source>
        <translation>CivicDesk — hall display</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>People waiting</source>
        <translation>People waiting</translation>
    </message>
    <message>
        <source>Connection to the database lost — showing the last known state</source>
        <translation>Connection to the database lost — showing the last known state</translation>
    </message>
    <message>
        <source>Welcome. Please take a ticket at the kiosk and wait for your number to be called.</source>
        <translation>Welcome. Please take a ticket at the kiosk and wait for your number to be called.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Touch the service you need</source>
        <translation>Touch the service you need</translation>
    </message>
    <message>
        <source>Green channel:</source>
        <translation>Green channel:</translation>
    </message>
    <message>
        <source>Elderly (65+)</source>
        <translation>Elderly (65+)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Military and families</source>
        <translation>Military and families</translation>
    </message>
    <message>
        <source>Choose a green channel first if it applies to you, then touch your service.</source>
        <translation>Choose a green channel first if it applies to you, then touch your service.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>No services are offered at this kiosk yet</source>
        <translation>No services are offered at this kiosk yet</translation>
    </message>
    <message>
        <source>Please ask at the information desk.</source>
        <translation>Please ask at the information desk.</translation>
    </message>
    <message>
        <source>Please come back during opening hours.</source>
        <translation>Please come back during opening hours.</translation>
    </message>
    <message>
        <source>Service resumes on %1 at %2.</source>
        <translation>Service resumes on %1 at %2.</translation>
    </message>
    <message>
        <source>We are closed now. Thank you for coming.</source>
        <translation>We are closed now. Thank you for coming.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the database. Please ask the staff for help.</source>
        <translation>The kiosk cannot reach the database. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>This service is not available now.</source>
        <translation>This service is not available now.</translation>
    </message>
    <message>
        <source>Printing is switched off here.</source>
        <translation>Printing is switched off here.</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <source>Sorry, no ticket was issued</source>
        <translation>Sorry, no ticket was issued</translation>
    </message>
    <message>
        <source>Please take your ticket below.</source>
        <translation>Please take your ticket below.</translation>
    </message>
    <message>
        <source>The printer does not answer.</source>
        <translation>The printer does not answer.</translation>
    </message>
    <message>
        <source>%1 Your ticket is valid: please remember your number %2.</source>
        <translation>%1 Your ticket is valid: please remember your number %2.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>The printer is out of paper.</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>The printer cover is open.</translation>
    </message>
    <message>
        <source>The printer is offline.</source>
        <translation>The printer is offline.</translation>
    </message>
    <message>
        <source>CivicDesk kiosk</source>
        <translation>CivicDesk kiosk</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Staff panel</translation>
    </message>
    <message>
        <source>Set kiosk_pin in the settings file to enable the staff panel.</source>
        <translation>Set kiosk_pin in the settings file to enable the staff panel.</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>Printer %1: %2</source>
        <translation>Printer %1: %2</translation>
    </message>
</context>
<context>
    <name>LauncherWindow</name>
    <message>
        <source>CivicDesk — all-in-one station</source>
        <translation>CivicDesk — all-in-one station</translation>
    </message>
    <message>
        <source>CivicDesk public service center</source>
        <translation>CivicDesk public service center</translation>
    </message>
    <message>
        <source>Try the whole center on this machine: open the kiosk and take a ticket, open a counter and call it, watch the hall display, and read the figures as a manager. Tickets print on a virtual printer; open Printouts to see them.</source>
        <translation>Try the whole center on this machine: open the kiosk and take a ticket, open a counter and call it, watch the hall display, and read the figures as a manager. Tickets print on a virtual printer; open Printouts to see them.</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Printouts</source>
        <translation>Printouts</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>This station is not available yet.</source>
        <translation>This station is not available yet.</translation>
    </message>
    <message>
        <source>Service day %1: %2 waiting</source>
        <translation>Service day %1: %2 waiting</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>The database cannot be reached; retrying…</source>
        <translation>The database cannot be reached; retrying…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repeat it:</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Choose your password (at least 8 characters).</source>
        <translation>Choose your password (at least 8 characters).</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database cannot be reached. Your last action was not saved; try again.</source>
        <translation>The database cannot be reached. Your last action was not saved; try again.</translation>
    </message>
    <message>
        <source>Something went wrong. The problem was logged; please try again or call support.</source>
        <translation>Something went wrong. The problem was logged; please try again or call support.</translation>
    </message>
</context>
<context>
    <name>PrintoutViewer</name>
    <message>
        <source>Printouts of the virtual printers</source>
        <translation>Printouts of the virtual printers</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Nothing printed yet.</source>
        <translation>Nothing printed yet.</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>Please rate our service</source>
        <translation>Please rate our service</translation>
    </message>
    <message>
        <source>Sorry. Please tell us what went wrong:</source>
        <translation>Sorry. Please tell us what went wrong:</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Ticket %1 · %2 · counter %3</source>
        <translation>Ticket %1 · %2 · counter %3</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Please choose a reason first.</source>
        <translation>Please choose a reason first.</translation>
    </message>
</context>
<context>
    <name>ReceiptDesk</name>
    <message>
        <source>%1 accepted; the receipt is printing.</source>
        <translation>%1 accepted; the receipt is printing.</translation>
    </message>
    <message>
        <source>This counter has no receipt printer.</source>
        <translation>This counter has no receipt printer.</translation>
    </message>
    <message>
        <source>Printing the receipt of %1.</source>
        <translation>Printing the receipt of %1.</translation>
    </message>
    <message>
        <source>The receipt of %1 is printed.</source>
        <translation>The receipt of %1 is printed.</translation>
    </message>
    <message>
        <source>the printer is not ready</source>
        <translation>the printer is not ready</translation>
    </message>
    <message>
        <source>The receipt of %1 waits for the printer (%2); it prints when the printer is ready.</source>
        <translation>The receipt of %1 waits for the printer (%2); it prints when the printer is ready.</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Save the receipt as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the receipt as %1.</source>
        <translation>Saved the receipt as %1.</translation>
    </message>
</context>
<context>
    <name>RecentCallsModel</name>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Service request</source>
        <translation>Service request</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>Matter:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>What the resident asks for</source>
        <translation>What the resident asks for</translation>
    </message>
    <message>
        <source>Materials submitted (tick what the resident brought):</source>
        <translation>Materials submitted (tick what the resident brought):</translation>
    </message>
    <message>
        <source>Accept  [Ctrl+Enter]</source>
        <translation>Accept  [Ctrl+Enter]</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>This matter needs no materials.</source>
        <translation>This matter needs no materials.</translation>
    </message>
    <message>
        <source>All materials are here.</source>
        <translation>All materials are here.</translation>
    </message>
    <message>
        <source>One-time notice (一次性告知), still to bring: %1</source>
        <translation>One-time notice (一次性告知), still to bring: %1</translation>
    </message>
    <message>
        <source>Promised by: …</source>
        <translation>Promised by: …</translation>
    </message>
    <message>
        <source>Done on the spot (today)</source>
        <translation>Done on the spot (today)</translation>
    </message>
    <message>
        <source>Promised by %1 (%2 working days)</source>
        <translation>Promised by %1 (%2 working days)</translation>
    </message>
    <message>
        <source>Accepted %1. All materials are here; promised by %2.</source>
        <translation>Accepted %1. All materials are here; promised by %2.</translation>
    </message>
    <message>
        <source>Accepted %1; promised by %2. One-time notice given: still to bring %3.</source>
        <translation>Accepted %1; promised by %2. One-time notice given: still to bring %3.</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>referred to mediation</source>
        <translation>referred to mediation</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>Overdue: past the promised date</source>
        <translation>Overdue: past the promised date</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>RequestListPage</name>
    <message>
        <source>Search: request number, ID number (or its last 4) or name</source>
        <translation>Search: request number, ID number (or its last 4) or name</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Start processing</source>
        <translation>Start processing</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Opened %1 (%2).</source>
        <translation>Opened %1 (%2).</translation>
    </message>
    <message>
        <source>Select a request.</source>
        <translation>Select a request.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>Resident: %1 (%2)</source>
        <translation>Resident: %1 (%2)</translation>
    </message>
    <message>
        <source>Matter: %1</source>
        <translation>Matter: %1</translation>
    </message>
    <message>
        <source>Accepted %1 at counter %2 by %3; promised by %4</source>
        <translation>Accepted %1 at counter %2 by %3; promised by %4</translation>
    </message>
    <message>
        <source>Still to bring: %1</source>
        <translation>Still to bring: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description: %1</translation>
    </message>
    <message>
        <source>Rejected because: %1</source>
        <translation>Rejected because: %1</translation>
    </message>
    <message>
        <source>Mediation case: %1</source>
        <translation>Mediation case: %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Reject %1</translation>
    </message>
    <message>
        <source>Why is the request rejected? (the resident is told)</source>
        <translation>Why is the request rejected? (the resident is told)</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>A rejection needs a reason.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>Choose the matter.</source>
        <translation>Choose the matter.</translation>
    </message>
    <message>
        <source>%1 accepted, but its receipt could not be queued: %2 Use Print again.</source>
        <translation>%1 accepted, but its receipt could not be queued: %2 Use Print again.</translation>
    </message>
    <message>
        <source>%1 accepted (no receipt printer here: use PDF…).</source>
        <translation>%1 accepted (no receipt printer here: use PDF…).</translation>
    </message>
</context>
<context>
    <name>ResidentPanel</name>
    <message>
        <source>No such birth date: %1 (%2 is not a leap year).</source>
        <translation>No such birth date: %1 (%2 is not a leap year).</translation>
    </message>
    <message>
        <source>No such birth date: %1 does not exist.</source>
        <translation>No such birth date: %1 does not exist.</translation>
    </message>
    <message>
        <source>No such birth date: there is no month %1 (months are 01 to 12).</source>
        <translation>No such birth date: there is no month %1 (months are 01 to 12).</translation>
    </message>
    <message>
        <source>Bad check digit: the last character should be %1, not %2. Check the number for a typing mistake.</source>
        <translation>Bad check digit: the last character should be %1, not %2. Check the number for a typing mistake.</translation>
    </message>
    <message>
        <source>Wrong length: an ID number has 18 characters, this one has %1.</source>
        <translation>Wrong length: an ID number has 18 characters, this one has %1.</translation>
    </message>
    <message>
        <source>%1 at position %2 is not a digit: the first 17 characters are digits.</source>
        <translation>%1 at position %2 is not a digit: the first 17 characters are digits.</translation>
    </message>
    <message>
        <source>The last character is a digit or X, not %1.</source>
        <translation>The last character is a digit or X, not %1.</translation>
    </message>
    <message>
        <source>No province has the code %1.</source>
        <translation>No province has the code %1.</translation>
    </message>
    <message>
        <source>Birth year %1 is before %2.</source>
        <translation>Birth year %1 is before %2.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>The birth date %1 is in the future.</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>18 characters, then Enter</source>
        <translation>18 characters, then Enter</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>Community:</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Grid:</translation>
    </message>
    <message>
        <source>Save resident</source>
        <translation>Save resident</translation>
    </message>
    <message>
        <source>Next resident</source>
        <translation>Next resident</translation>
    </message>
    <message>
        <source>Type the ID number first; a known resident is filled in.</source>
        <translation>Type the ID number first; a known resident is filled in.</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>%1 of 18 characters</translation>
    </message>
    <message>
        <source>Valid ID number.</source>
        <translation>Valid ID number.</translation>
    </message>
    <message>
        <source>Valid ID number. Not registered yet: the resident is registered with the request.</source>
        <translation>Valid ID number. Not registered yet: the resident is registered with the request.</translation>
    </message>
    <message>
        <source>This ID number is registered under the name %1, not %2. Check the number and the name.</source>
        <translation>This ID number is registered under the name %1, not %2. Check the number and the name.</translation>
    </message>
    <message>
        <source>Registered resident %1. The ID number is masked.</source>
        <translation>Registered resident %1. The ID number is masked.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Reveal…</translation>
    </message>
    <message>
        <source>Counter staff may reveal the full ID number only of residents whose request they accepted today.</source>
        <translation>Counter staff may reveal the full ID number only of residents whose request they accepted today.</translation>
    </message>
    <message>
        <source>Reveal the ID number</source>
        <translation>Reveal the ID number</translation>
    </message>
    <message>
        <source>Why do you need the full ID number? (recorded in the audit log)</source>
        <translation>Why do you need the full ID number? (recorded in the audit log)</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>ID number: %1</translation>
    </message>
    <message>
        <source>Enter the resident's name.</source>
        <translation>Enter the resident's name.</translation>
    </message>
</context>
<context>
    <name>ServiceButton</name>
    <message>
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>Not available now</translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <source>Sign in to counter %1</source>
        <translation>Sign in to counter %1</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Done (%1 s)</source>
        <translation>Done (%1 s)</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>You are next. Please watch the hall display.</source>
        <translation>You are next. Please watch the hall display.</translation>
    </message>
    <message>
        <source>%1 people ahead of you, about %2 minutes</source>
        <translation>%1 people ahead of you, about %2 minutes</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <source>No ticket. Press F1 to call the next one.</source>
        <translation>No ticket. Press F1 to call the next one.</translation>
    </message>
    <message>
        <source>Called (%1 of the calls allowed)</source>
        <translation>Called (%1 of the calls allowed)</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>Green channel: %1</source>
        <translation>Green channel: %1</translation>
    </message>
    <message>
        <source>Waited %1</source>
        <translation>Waited %1</translation>
    </message>
    <message>
        <source>In service %1</source>
        <translation>In service %1</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Waited (min)</source>
        <translation>Waited (min)</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
</context>
</TS>