<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcceptPage</name>
    <message>
        <source>The center mediates the case itself; the 30-day target starts today.</source>
        <translation>The center mediates the case itself; the 30-day target starts today.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
</context>
<context>
    <name>AddClerkDialog</name>
    <message>
        <source>Add a clerk</source>
        <translation>Add a clerk</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>The clerk chooses a password at the first sign-in.</source>
        <translation>The clerk chooses a password at the first sign-in.</translation>
    </message>
</context>
<context>
    <name>AddEntryDialog</name>
    <message>
        <source>Enter a dispute in the ledger</source>
        <translation>Enter a dispute in the ledger</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>One name a line</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>Petition (when from one)</source>
        <translation>Petition (when from one)</translation>
    </message>
    <message>
        <source>Kind of dispute</source>
        <translation>Kind of dispute</translation>
    </message>
    <message>
        <source>Community / grid</source>
        <translation>Community / grid</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>Risk flags</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>Five or more people, and the same parties or place within 90 days, are flagged by the ledger itself.</source>
        <translation>Five or more people, and the same parties or place within 90 days, are flagged by the ledger itself.</translation>
    </message>
    <message>
        <source>The district map has no grid yet: the administrator adds them.</source>
        <translation>The district map has no grid yet: the administrator adds them.</translation>
    </message>
    <message>
        <source>Name at least one party.</source>
        <translation>Name at least one party.</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Say what happened.</translation>
    </message>
    <message>
        <source>Choose the grid.</source>
        <translation>Choose the grid.</translation>
    </message>
    <message>
        <source>Name the petition (X-…) the dispute comes from.</source>
        <translation>Name the petition (X-…) the dispute comes from.</translation>
    </message>
</context>
<context>
    <name>Administration</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>Counter staff</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Rating pad</source>
        <translation>Rating pad</translation>
    </message>
</context>
<context>
    <name>AdministrationPanel</name>
    <message>
        <source>Your role has no administration tasks.</source>
        <translation>Your role has no administration tasks.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Opening hours &amp;&amp; holidays</source>
        <translation>Opening hours &amp;&amp; holidays</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Display notice</source>
        <translation>Display notice</translation>
    </message>
    <message>
        <source>District map</source>
        <translation>District map</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>AgreePage</name>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Perform by</source>
        <translation>Perform by</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Add term</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Remove term</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>Takes effect on</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>An agreement needs at least one term.</source>
        <translation>An agreement needs at least one term.</translation>
    </message>
</context>
<context>
    <name>AppointmentsPanel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <source>late: walk-in ticket</source>
        <translation>late: walk-in ticket</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>Appointments on</source>
        <translation>Appointments on</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Cancel appointment…  [Del]</source>
        <translation>Cancel appointment…  [Del]</translation>
    </message>
    <message>
        <source>Print slip  [Alt+P]</source>
        <translation>Print slip  [Alt+P]</translation>
    </message>
    <message>
        <source>%1 booked, %2 checked in</source>
        <translation>%1 booked, %2 checked in</translation>
    </message>
    <message>
        <source>Choose the appointment to cancel in the list.</source>
        <translation>Choose the appointment to cancel in the list.</translation>
    </message>
    <message>
        <source>Appointment %1 is %2: only a booked one can be cancelled.</source>
        <translation>Appointment %1 is %2: only a booked one can be cancelled.</translation>
    </message>
    <message>
        <source>Cancel appointment %1 of %2 on %3 at %4? Its place is offered again.</source>
        <translation>Cancel appointment %1 of %2 on %3 at %4? Its place is offered again.</translation>
    </message>
    <message>
        <source>Appointment %1 is cancelled.</source>
        <translation>Appointment %1 is cancelled.</translation>
    </message>
    <message>
        <source>Cancel an appointment</source>
        <translation>Cancel an appointment</translation>
    </message>
    <message>
        <source>Choose the appointment whose slip to print in the list.</source>
        <translation>Choose the appointment whose slip to print in the list.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>anyone</source>
        <translation>anyone</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>any action</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>◀ Newer</source>
        <translation>◀ Newer</translation>
    </message>
    <message>
        <source>Older ▶</source>
        <translation>Older ▶</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>No entries match.</translation>
    </message>
    <message>
        <source>Entries %1–%2 of %3</source>
        <translation>Entries %1–%2 of %3</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Appointment booked</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>Appointment cancelled</translation>
    </message>
    <message>
        <source>Appointment checked in</source>
        <translation>Appointment checked in</translation>
    </message>
    <message>
        <source>Calendar day reset</source>
        <translation>Calendar day reset</translation>
    </message>
    <message>
        <source>Calendar day set</source>
        <translation>Calendar day set</translation>
    </message>
    <message>
        <source>Holidays loaded</source>
        <translation>Holidays loaded</translation>
    </message>
    <message>
        <source>Center settings changed</source>
        <translation>Center settings changed</translation>
    </message>
    <message>
        <source>Counter added</source>
        <translation>Counter added</translation>
    </message>
    <message>
        <source>Counter removed</source>
        <translation>Counter removed</translation>
    </message>
    <message>
        <source>Counter changed</source>
        <translation>Counter changed</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Demo data loaded</translation>
    </message>
    <message>
        <source>Demo hall staged</source>
        <translation>Demo hall staged</translation>
    </message>
    <message>
        <source>Display notice set</source>
        <translation>Display notice set</translation>
    </message>
    <message>
        <source>Rating follow-up closed</source>
        <translation>Rating follow-up closed</translation>
    </message>
    <message>
        <source>Rating follow-up opened</source>
        <translation>Rating follow-up opened</translation>
    </message>
    <message>
        <source>Visit rated</source>
        <translation>Visit rated</translation>
    </message>
    <message>
        <source>Grid added</source>
        <translation>Grid added</translation>
    </message>
    <message>
        <source>Grid members changed</source>
        <translation>Grid members changed</translation>
    </message>
    <message>
        <source>Street renamed</source>
        <translation>Street renamed</translation>
    </message>
    <message>
        <source>Community renamed</source>
        <translation>Community renamed</translation>
    </message>
    <message>
        <source>Grid renamed</source>
        <translation>Grid renamed</translation>
    </message>
    <message>
        <source>Street removed</source>
        <translation>Street removed</translation>
    </message>
    <message>
        <source>Community removed</source>
        <translation>Community removed</translation>
    </message>
    <message>
        <source>Grid removed</source>
        <translation>Grid removed</translation>
    </message>
    <message>
        <source>Nothing-to-report round</source>
        <translation>Nothing-to-report round</translation>
    </message>
    <message>
        <source>Dispute followed up</source>
        <translation>Dispute followed up</translation>
    </message>
    <message>
        <source>Party ID number shown</source>
        <translation>Party ID number shown</translation>
    </message>
    <message>
        <source>Party phone numbers shown</source>
        <translation>Party phone numbers shown</translation>
    </message>
    <message>
        <source>Petitioner identity shown</source>
        <translation>Petitioner identity shown</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>Reprinted</translation>
    </message>
    <message>
        <source>Ticket called</source>
        <translation>Ticket called</translation>
    </message>
    <message>
        <source>Ticket cancelled</source>
        <translation>Ticket cancelled</translation>
    </message>
    <message>
        <source>Counter closed</source>
        <translation>Counter closed</translation>
    </message>
    <message>
        <source>Counter opened</source>
        <translation>Counter opened</translation>
    </message>
    <message>
        <source>Counter paused</source>
        <translation>Counter paused</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>Day closed</translation>
    </message>
    <message>
        <source>Service finished</source>
        <translation>Service finished</translation>
    </message>
    <message>
        <source>Ticket held</source>
        <translation>Ticket held</translation>
    </message>
    <message>
        <source>Ticket issued</source>
        <translation>Ticket issued</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Ticket called again</source>
        <translation>Ticket called again</translation>
    </message>
    <message>
        <source>Ticket reinstated</source>
        <translation>Ticket reinstated</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Service started</translation>
    </message>
    <message>
        <source>Ticket transferred</source>
        <translation>Ticket transferred</translation>
    </message>
    <message>
        <source>Receiving body enabled</source>
        <translation>Receiving body enabled</translation>
    </message>
    <message>
        <source>Receiving body added</source>
        <translation>Receiving body added</translation>
    </message>
    <message>
        <source>Receiving body disabled</source>
        <translation>Receiving body disabled</translation>
    </message>
    <message>
        <source>Receiving body loaded</source>
        <translation>Receiving body loaded</translation>
    </message>
    <message>
        <source>Receiving body changed</source>
        <translation>Receiving body changed</translation>
    </message>
    <message>
        <source>Request accepted</source>
        <translation>Request accepted</translation>
    </message>
    <message>
        <source>Request completed</source>
        <translation>Request completed</translation>
    </message>
    <message>
        <source>Receipt data read</source>
        <translation>Receipt data read</translation>
    </message>
    <message>
        <source>Receipt refused</source>
        <translation>Receipt refused</translation>
    </message>
    <message>
        <source>Request referred</source>
        <translation>Request referred</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Request rejected</translation>
    </message>
    <message>
        <source>Request started</source>
        <translation>Request started</translation>
    </message>
    <message>
        <source>Resident registered</source>
        <translation>Resident registered</translation>
    </message>
    <message>
        <source>Resident ID number shown</source>
        <translation>Resident ID number shown</translation>
    </message>
    <message>
        <source>Showing an ID number refused</source>
        <translation>Showing an ID number refused</translation>
    </message>
    <message>
        <source>Resident changed</source>
        <translation>Resident changed</translation>
    </message>
    <message>
        <source>First setup</source>
        <translation>First setup</translation>
    </message>
    <message>
        <source>Service added</source>
        <translation>Service added</translation>
    </message>
    <message>
        <source>Service paused</source>
        <translation>Service paused</translation>
    </message>
    <message>
        <source>Service resumed</source>
        <translation>Service resumed</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>Service changed</translation>
    </message>
    <message>
        <source>Staff added</source>
        <translation>Staff added</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Password change by unknown user</source>
        <translation>Password change by unknown user</translation>
    </message>
    <message>
        <source>Staff disabled</source>
        <translation>Staff disabled</translation>
    </message>
    <message>
        <source>Staff enabled</source>
        <translation>Staff enabled</translation>
    </message>
    <message>
        <source>First password chosen</source>
        <translation>First password chosen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>Sign-in locked</translation>
    </message>
    <message>
        <source>Sign-in needs a new password</source>
        <translation>Sign-in needs a new password</translation>
    </message>
    <message>
        <source>Signed in with a temporary password</source>
        <translation>Signed in with a temporary password</translation>
    </message>
    <message>
        <source>Sign-in by unknown user</source>
        <translation>Sign-in by unknown user</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Staff renamed</source>
        <translation>Staff renamed</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>Temporary password replaced</source>
        <translation>Temporary password replaced</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Center settings</source>
        <translation>Center settings</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Grid map</source>
        <translation>Grid map</translation>
    </message>
    <message>
        <source>Dispute ledger</source>
        <translation>Dispute ledger</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Receiving bodies</source>
        <translation>Receiving bodies</translation>
    </message>
    <message>
        <source>Service requests</source>
        <translation>Service requests</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Setup</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Booking slip</source>
        <translation>Booking slip</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>Calendar day</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>Mediation case</source>
        <translation>Mediation case</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Petition</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>Referral slip</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>Receiving body</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Service request</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>counters</source>
        <translation>counters</translation>
    </message>
    <message>
        <source>counter number</source>
        <translation>counter number</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>previous state</source>
        <translation>previous state</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>temporary</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>tickets</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>counter</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>service seconds</source>
        <translation>service seconds</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>to service</source>
        <translation>to service</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: none in this period</source>
        <translation>%1: none in this period</translation>
    </message>
</context>
<context>
    <name>BookingForm</name>
    <message>
        <source>Book an appointment</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
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
        <source>18 characters</source>
        <translation>18 characters</translation>
    </message>
    <message>
        <source>if not registered</source>
        <translation>if not registered</translation>
    </message>
    <message>
        <source>Other resident</source>
        <translation>Other resident</translation>
    </message>
    <message>
        <source>Book  [Alt+B]</source>
        <translation>Book  [Alt+B]</translation>
    </message>
    <message>
        <source>No service takes appointments yet: the administrator sets the appointments per slot of a service.</source>
        <translation>No service takes appointments yet: the administrator sets the appointments per slot of a service.</translation>
    </message>
    <message>
        <source>%1   begun</source>
        <translation>%1   begun</translation>
    </message>
    <message>
        <source>%1   full (%2)</source>
        <translation>%1   full (%2)</translation>
    </message>
    <message>
        <source>%1   %2 of %3 free</source>
        <translation>%1   %2 of %3 free</translation>
    </message>
    <message>
        <source>%1 places free on this day.</source>
        <translation>%1 places free on this day.</translation>
    </message>
    <message>
        <source>No free slot on this day: choose another day.</source>
        <translation>No free slot on this day: choose another day.</translation>
    </message>
    <message>
        <source>Registered resident %1.</source>
        <translation>Registered resident %1.</translation>
    </message>
    <message>
        <source>Type the ID number, or place the ID card on the reader.</source>
        <translation>Type the ID number, or place the ID card on the reader.</translation>
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
        <source>Choose a service that takes appointments.</source>
        <translation>Choose a service that takes appointments.</translation>
    </message>
    <message>
        <source>Choose a free time in the list.</source>
        <translation>Choose a free time in the list.</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>ID number: %1</translation>
    </message>
    <message>
        <source>Booked %1: %2, %3 %4.</source>
        <translation>Booked %1: %2, %3 %4.</translation>
    </message>
</context>
<context>
    <name>CalendarTableModel</name>
    <message>
        <source>holiday</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source>swapped working day</source>
        <translation>swapped working day</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
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
    <name>CannotServe</name>
    <message>
        <source>%1 may set the center up but may not serve residents at a counter.</source>
        <translation>%1 may set the center up but may not serve residents at a counter.</translation>
    </message>
    <message>
        <source>This center has no counter staff yet. Add a clerk (here, or in the manager station&apos;s Administration tab), then sign in as the clerk; the clerk chooses a password at the first sign-in.</source>
        <translation>This center has no counter staff yet. Add a clerk (here, or in the manager station&apos;s Administration tab), then sign in as the clerk; the clerk chooses a password at the first sign-in.</translation>
    </message>
    <message>
        <source>Sign in with a counter staff account.</source>
        <translation>Sign in with a counter staff account.</translation>
    </message>
</context>
<context>
    <name>CannotServeDialog</name>
    <message>
        <source>This account cannot serve</source>
        <translation>This account cannot serve</translation>
    </message>
    <message>
        <source>Add a clerk…</source>
        <translation>Add a clerk…</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Sign in as someone else</translation>
    </message>
</context>
<context>
    <name>CaseDetailWidget</name>
    <message>
        <source>Select a case in the list to see it here.</source>
        <translation>Select a case in the list to see it here.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>Referral slip PDF…</source>
        <translation>Referral slip PDF…</translation>
    </message>
    <message>
        <source>Print short slip</source>
        <translation>Print short slip</translation>
    </message>
    <message>
        <source>Agreement PDF…</source>
        <translation>Agreement PDF…</translation>
    </message>
    <message>
        <source>Rights notice PDF…</source>
        <translation>Rights notice PDF…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Risk of escalation</source>
        <translation>Risk of escalation</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>Receiving body</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>Feedback due</translation>
    </message>
    <message>
        <source>(extended)</source>
        <translation>(extended)</translation>
    </message>
    <message>
        <source>Mediation target</source>
        <translation>Mediation target</translation>
    </message>
    <message>
        <source>Session scheduled</source>
        <translation>Session scheduled</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>effective %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Confirmation by</source>
        <translation>Confirmation by</translation>
    </message>
    <message>
        <source>Confirmation applied</source>
        <translation>Confirmation applied</translation>
    </message>
    <message>
        <source>Routes offered</source>
        <translation>Routes offered</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Extension consent</source>
        <translation>Extension consent</translation>
    </message>
    <message>
        <source>(organisation)</source>
        <translation>(organisation)</translation>
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
        <source>Show the full ID number (the reveal is audited)</source>
        <translation>Show the full ID number (the reveal is audited)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>missing (needed)</source>
        <translation>missing (needed)</translation>
    </message>
    <message>
        <source>feedback by %1</source>
        <translation>feedback by %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>session on %1</source>
        <translation>session on %1</translation>
    </message>
    <message>
        <source>held %1</source>
        <translation>held %1</translation>
    </message>
    <message>
        <source>%1 terms</source>
        <translation>%1 terms</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>not resolved</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>applied %1</translation>
    </message>
    <message>
        <source>term %1</source>
        <translation>term %1</translation>
    </message>
    <message>
        <source>fulfilled %1</source>
        <translation>fulfilled %1</translation>
    </message>
    <message>
        <source>new target %1</source>
        <translation>new target %1</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <source>Referral acknowledged…</source>
        <translation>Referral acknowledged…</translation>
    </message>
    <message>
        <source>Result received…</source>
        <translation>Result received…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <source>First session…</source>
        <translation>First session…</translation>
    </message>
    <message>
        <source>Agreement…</source>
        <translation>Agreement…</translation>
    </message>
    <message>
        <source>Mediation failed…</source>
        <translation>Mediation failed…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Terminate…</translation>
    </message>
    <message>
        <source>Confirmation applied…</source>
        <translation>Confirmation applied…</translation>
    </message>
    <message>
        <source>Confirmed…</source>
        <translation>Confirmed…</translation>
    </message>
    <message>
        <source>Not confirmed…</source>
        <translation>Not confirmed…</translation>
    </message>
    <message>
        <source>Performing…</source>
        <translation>Performing…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>None open to you</source>
        <translation>None open to you</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 is now: %2.</translation>
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
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save the referral slip</source>
        <translation>Save the referral slip</translation>
    </message>
    <message>
        <source>Save the agreement</source>
        <translation>Save the agreement</translation>
    </message>
    <message>
        <source>Save the notice of rights and duties</source>
        <translation>Save the notice of rights and duties</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>This station has no receipt printer.</source>
        <translation>This station has no receipt printer.</translation>
    </message>
    <message>
        <source>Printing the short slip of %1.</source>
        <translation>Printing the short slip of %1.</translation>
    </message>
    <message>
        <source>The short slip of %1 is printed.</source>
        <translation>The short slip of %1 is printed.</translation>
    </message>
    <message>
        <source>the printer is not ready</source>
        <translation>the printer is not ready</translation>
    </message>
    <message>
        <source>The short slip of %1 waits for the printer (%2).</source>
        <translation>The short slip of %1 waits for the printer (%2).</translation>
    </message>
</context>
<context>
    <name>CaseDialogs</name>
    <message>
        <source>Give the reason in the note.</source>
        <translation>Give the reason in the note.</translation>
    </message>
    <message>
        <source>The file still lacks: %1</source>
        <translation>The file still lacks: %1</translation>
    </message>
    <message>
        <source>Move the session date</source>
        <translation>Move the session date</translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation>Record a session</translation>
    </message>
    <message>
        <source>Extend the mediation</source>
        <translation>Extend the mediation</translation>
    </message>
    <message>
        <source>A term is fulfilled</source>
        <translation>A term is fulfilled</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <source>Add to the case file</source>
        <translation>Add to the case file</translation>
    </message>
</context>
<context>
    <name>CaseIntakeDialog</name>
    <message>
        <source>Register a dispute</source>
        <translation>Register a dispute</translation>
    </message>
    <message>
        <source>R-2026-000123 (optional)</source>
        <translation>R-2026-000123 (optional)</translation>
    </message>
    <message>
        <source>From service request</source>
        <translation>From service request</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Add applicant</source>
        <translation>Add applicant</translation>
    </message>
    <message>
        <source>Add respondent</source>
        <translation>Add respondent</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Remove party</translation>
    </message>
    <message>
        <source>Risk of escalation (violence, a group, petitions)</source>
        <translation>Risk of escalation (violence, a group, petitions)</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Enter at least one applicant.</source>
        <translation>Enter at least one applicant.</translation>
    </message>
    <message>
        <source>Enter at least one respondent.</source>
        <translation>Enter at least one respondent.</translation>
    </message>
    <message>
        <source>Write a short statement of the facts.</source>
        <translation>Write a short statement of the facts.</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <source>Search: case number or a party&apos;s name</source>
        <translation>Search: case number or a party&apos;s name</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All dispute types</source>
        <translation>All dispute types</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Dispute type</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>Applicant ID</source>
        <translation>Applicant ID</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Overdue: a deadline of this case has passed</source>
        <translation>Overdue: a deadline of this case has passed</translation>
    </message>
    <message>
        <source>Risk of escalation</source>
        <translation>Risk of escalation</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>The agreement took effect on %1; the last day to apply is %2.</source>
        <translation>The agreement took effect on %1; the last day to apply is %2.</translation>
    </message>
</context>
<context>
    <name>CounterTableModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Services, in order</source>
        <translation>Services, in order</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
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
        <source>Mediation  [F11]</source>
        <translation>Mediation  [F11]</translation>
    </message>
    <message>
        <source>Petitions  [F12]</source>
        <translation>Petitions  [F12]</translation>
    </message>
    <message>
        <source>Appointments  [Ctrl+B]</source>
        <translation>Appointments  [Ctrl+B]</translation>
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
        <source>Sign out</source>
        <translation>Sign out</translation>
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
        <source>%1 was called %2 more times and did not come: it is now a no-show.</source>
        <translation>%1 was called %2 more times and did not come: it is now a no-show.</translation>
    </message>
    <message>
        <source>Called %1 again.</source>
        <translation>Called %1 again.</translation>
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
        <source>The ID card reader typed an ID number that is not valid: %1</source>
        <translation>The ID card reader typed an ID number that is not valid: %1</translation>
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
        <source>ID card: %1</source>
        <translation>ID card: %1</translation>
    </message>
    <message>
        <source>Appointment %1 checked in: ticket %2.</source>
        <translation>Appointment %1 checked in: ticket %2.</translation>
    </message>
    <message>
        <source>Appointment %1 is late: ticket %2 is an ordinary walk-in ticket.</source>
        <translation>Appointment %1 is late: ticket %2 is an ordinary walk-in ticket.</translation>
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
    <name>CountersTab</name>
    <message>
        <source>New counter</source>
        <translation>New counter</translation>
    </message>
    <message>
        <source>Remove counter…</source>
        <translation>Remove counter…</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>Chinese name:</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>English name:</translation>
    </message>
    <message>
        <source>Services it calls (tick them; the first ones come first):</source>
        <translation>Services it calls (tick them; the first ones come first):</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>(not offered)</source>
        <translation>(not offered)</translation>
    </message>
    <message>
        <source>Saved counter %1.</source>
        <translation>Saved counter %1.</translation>
    </message>
    <message>
        <source>Remove counter %1 (%2)? This cannot be undone.</source>
        <translation>Remove counter %1 (%2)? This cannot be undone.</translation>
    </message>
    <message>
        <source>Removed counter %1.</source>
        <translation>Removed counter %1.</translation>
    </message>
    <message>
        <source>Remove counter</source>
        <translation>Remove counter</translation>
    </message>
</context>
<context>
    <name>DeskPanel</name>
    <message>
        <source>Petitions</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <source>Dispute ledger</source>
        <translation>Dispute ledger</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>Printer of this station</source>
        <translation>Printer of this station</translation>
    </message>
    <message>
        <source>Find ports</source>
        <translation>Find ports</translation>
    </message>
    <message>
        <source>The printer draws barcodes and QR codes itself</source>
        <translation>The printer draws barcodes and QR codes itself</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Baud rate:</source>
        <translation>Baud rate:</translation>
    </message>
    <message>
        <source>Flow control:</source>
        <translation>Flow control:</translation>
    </message>
    <message>
        <source>Paper width:</source>
        <translation>Paper width:</translation>
    </message>
    <message>
        <source>Barcode scanner of this station</source>
        <translation>Barcode scanner of this station</translation>
    </message>
    <message>
        <source>empty: a keyboard scanner (USB) only</source>
        <translation>empty: a keyboard scanner (USB) only</translation>
    </message>
    <message>
        <source>Serial port:</source>
        <translation>Serial port:</translation>
    </message>
    <message>
        <source>Save to the settings file</source>
        <translation>Save to the settings file</translation>
    </message>
    <message>
        <source>Printer status</source>
        <translation>Printer status</translation>
    </message>
    <message>
        <source>Ask the printer</source>
        <translation>Ask the printer</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <source>The test page is printed with the settings shown, saved or not; it goes straight to the printer, not through the print queue.</source>
        <translation>The test page is printed with the settings shown, saved or not; it goes straight to the printer, not through the print queue.</translation>
    </message>
    <message>
        <source>Virtual printer (files and pictures)</source>
        <translation>Virtual printer (files and pictures)</translation>
    </message>
    <message>
        <source>Serial ESC/POS thermal printer</source>
        <translation>Serial ESC/POS thermal printer</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>No printer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>RTS/CTS (hardware)</source>
        <translation>RTS/CTS (hardware)</translation>
    </message>
    <message>
        <source>XON/XOFF (software)</source>
        <translation>XON/XOFF (software)</translation>
    </message>
    <message>
        <source>This station runs without a settings file: changes cannot be saved here.</source>
        <translation>This station runs without a settings file: changes cannot be saved here.</translation>
    </message>
    <message>
        <source>Settings file of this station (%1): %2</source>
        <translation>Settings file of this station (%1): %2</translation>
    </message>
    <message>
        <source>Saved to %1. Restart this station for the printer and scanner to use them.</source>
        <translation>Saved to %1. Restart this station for the printer and scanner to use them.</translation>
    </message>
    <message>
        <source>Asking the printer…</source>
        <translation>Asking the printer…</translation>
    </message>
    <message>
        <source>This station has no printer.</source>
        <translation>This station has no printer.</translation>
    </message>
    <message>
        <source>The test page was printed.</source>
        <translation>The test page was printed.</translation>
    </message>
    <message>
        <source>Picture of the page: %1</source>
        <translation>Picture of the page: %1</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Nothing was printed.</translation>
    </message>
    <message>
        <source>The printer does not answer. Check its power and cable.</source>
        <translation>The printer does not answer. Check its power and cable.</translation>
    </message>
    <message>
        <source>The printer cover is open. Close it.</source>
        <translation>The printer cover is open. Close it.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Load a new roll.</source>
        <translation>The printer is out of paper. Load a new roll.</translation>
    </message>
    <message>
        <source>The printer reports an error (paper jam, cutter or overheating). Clear it and switch the printer off and on.</source>
        <translation>The printer reports an error (paper jam, cutter or overheating). Clear it and switch the printer off and on.</translation>
    </message>
    <message>
        <source>The printer is offline. Check that it is switched on and ready.</source>
        <translation>The printer is offline. Check that it is switched on and ready.</translation>
    </message>
    <message>
        <source>The printer is ready; its paper roll is nearly used up.</source>
        <translation>The printer is ready; its paper roll is nearly used up.</translation>
    </message>
    <message>
        <source>The printer is ready.</source>
        <translation>The printer is ready.</translation>
    </message>
</context>
<context>
    <name>DistrictWindow</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Median wait (min)</source>
        <translation>Median wait (min)</translation>
    </message>
    <message>
        <source>Wait p90 (min)</source>
        <translation>Wait p90 (min)</translation>
    </message>
    <message>
        <source>Median service (min)</source>
        <translation>Median service (min)</translation>
    </message>
    <message>
        <source>Good ratings</source>
        <translation>Good ratings</translation>
    </message>
    <message>
        <source>Requests on time</source>
        <translation>Requests on time</translation>
    </message>
    <message>
        <source>Mediation cases</source>
        <translation>Mediation cases</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <source>Petitions on time</source>
        <translation>Petitions on time</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>stale</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>CivicDesk — district overview</source>
        <translation>CivicDesk — district overview</translation>
    </message>
    <message>
        <source>District overview: every center side by side</source>
        <translation>District overview: every center side by side</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>No center has sent figures yet: subscribe to each center (district subscribe) or import their files (district import).</source>
        <translation>No center has sent figures yet: subscribe to each center (district subscribe) or import their files (district import).</translation>
    </message>
    <message>
        <source>Data older than yesterday: %1.</source>
        <translation>Data older than yesterday: %1.</translation>
    </message>
    <message>
        <source>Every center&apos;s data is current.</source>
        <translation>Every center&apos;s data is current.</translation>
    </message>
    <message>
        <source>District total: %1 tickets, %2 served, median wait %3 min, good ratings %4, requests on time %5.</source>
        <translation>District total: %1 tickets, %2 served, median wait %3 min, good ratings %4, requests on time %5.</translation>
    </message>
    <message>
        <source>Save the table as CSV in</source>
        <translation>Save the table as CSV in</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
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
        <source>on hold</source>
        <translation>on hold</translation>
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
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <source>checked in late</source>
        <translation>checked in late</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>on a break</source>
        <translation>on a break</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>counter staff</source>
        <translation>counter staff</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>mediator</source>
        <translation>mediator</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>rating panel</source>
        <translation>rating panel</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>hold</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>cancel</translation>
    </message>
    <message>
        <source>reinstate</source>
        <translation>reinstate</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>recall</translation>
    </message>
    <message>
        <source>start serving</source>
        <translation>start serving</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>finish</translation>
    </message>
    <message>
        <source>mark as a no-show</source>
        <translation>mark as a no-show</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfer</translation>
    </message>
    <message>
        <source>issue tickets</source>
        <translation>issue tickets</translation>
    </message>
    <message>
        <source>serve residents</source>
        <translation>serve residents</translation>
    </message>
    <message>
        <source>cancel tickets</source>
        <translation>cancel tickets</translation>
    </message>
    <message>
        <source>close the day</source>
        <translation>close the day</translation>
    </message>
    <message>
        <source>read the statistics</source>
        <translation>read the statistics</translation>
    </message>
    <message>
        <source>administer the center</source>
        <translation>administer the center</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>manage staff accounts</translation>
    </message>
    <message>
        <source>add demonstration data</source>
        <translation>add demonstration data</translation>
    </message>
    <message>
        <source>record service requests</source>
        <translation>record service requests</translation>
    </message>
    <message>
        <source>read service requests</source>
        <translation>read service requests</translation>
    </message>
    <message>
        <source>reveal ID numbers</source>
        <translation>reveal ID numbers</translation>
    </message>
    <message>
        <source>rate a visit</source>
        <translation>rate a visit</translation>
    </message>
    <message>
        <source>follow up ratings</source>
        <translation>follow up ratings</translation>
    </message>
    <message>
        <source>read mediation cases</source>
        <translation>read mediation cases</translation>
    </message>
    <message>
        <source>refer disputes</source>
        <translation>refer disputes</translation>
    </message>
    <message>
        <source>mediate</source>
        <translation>mediate</translation>
    </message>
    <message>
        <source>reveal the IDs of parties</source>
        <translation>reveal the IDs of parties</translation>
    </message>
    <message>
        <source>manage the directory of bodies</source>
        <translation>manage the directory of bodies</translation>
    </message>
    <message>
        <source>pause services</source>
        <translation>pause services</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The action could not be completed.</source>
        <translation>The action could not be completed.</translation>
    </message>
    <message>
        <source>That record was not found.</source>
        <translation>That record was not found.</translation>
    </message>
    <message>
        <source>There is no ticket {code} on {day}.</source>
        <translation>There is no ticket {code} on {day}.</translation>
    </message>
    <message>
        <source>There is no counter number {counter}.</source>
        <translation>There is no counter number {counter}.</translation>
    </message>
    <message>
        <source>That step is not possible in the ticket&apos;s or case&apos;s present state.</source>
        <translation>That step is not possible in the ticket&apos;s or case&apos;s present state.</translation>
    </message>
    <message>
        <source>Cannot {action} {code}: it is {status}.</source>
        <translation>Cannot {action} {code}: it is {status}.</translation>
    </message>
    <message>
        <source>Counter {counter} has no ticket called or in service.</source>
        <translation>Counter {counter} has no ticket called or in service.</translation>
    </message>
    <message>
        <source>Counter {counter} is {state}; open it first.</source>
        <translation>Counter {counter} is {state}; open it first.</translation>
    </message>
    <message>
        <source>Counter {counter} is already open.</source>
        <translation>Counter {counter} is already open.</translation>
    </message>
    <message>
        <source>Counter {counter} is already closed.</source>
        <translation>Counter {counter} is already closed.</translation>
    </message>
    <message>
        <source>{code} is already in service {service}.</source>
        <translation>{code} is already in service {service}.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Your account is not allowed to do this.</translation>
    </message>
    <message>
        <source>{who} ({role}) is not allowed to {action}.</source>
        <translation>{who} ({role}) is not allowed to {action}.</translation>
    </message>
    <message>
        <source>Counter {counter} is signed in by another staff member.</source>
        <translation>Counter {counter} is signed in by another staff member.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <source>Nobody is waiting for counter {counter}.</source>
        <translation>Nobody is waiting for counter {counter}.</translation>
    </message>
    <message>
        <source>The counter still has a ticket called or in service; finish it first.</source>
        <translation>The counter still has a ticket called or in service; finish it first.</translation>
    </message>
    <message>
        <source>Counter {counter} still has {code} ({status}); finish it first.</source>
        <translation>Counter {counter} still has {code} ({status}); finish it first.</translation>
    </message>
    <message>
        <source>Another counter called that ticket first.</source>
        <translation>Another counter called that ticket first.</translation>
    </message>
    <message>
        <source>{code} was already called by counter {counter}.</source>
        <translation>{code} was already called by counter {counter}.</translation>
    </message>
    <message>
        <source>This visit has already been rated.</source>
        <translation>This visit has already been rated.</translation>
    </message>
    <message>
        <source>{code} was already rated.</source>
        <translation>{code} was already rated.</translation>
    </message>
    <message>
        <source>Cannot record a request for {code}: it is {status}; call and serve it first.</source>
        <translation>Cannot record a request for {code}: it is {status}; call and serve it first.</translation>
    </message>
    <message>
        <source>Ticket {code} is from {day}, not today.</source>
        <translation>Ticket {code} is from {day}, not today.</translation>
    </message>
    <message>
        <source>{phone} is not a mobile number: 1[3-9] and 9 digits.</source>
        <translation>{phone} is not a mobile number: 1[3-9] and 9 digits.</translation>
    </message>
    <message>
        <source>{phone} is not a phone number: use a mobile number (11 digits) or a landline of digits and dashes such as 010-62345678.</source>
        <translation>{phone} is not a phone number: use a mobile number (11 digits) or a landline of digits and dashes such as 010-62345678.</translation>
    </message>
    <message>
        <source>The ID number {id_number} is registered under another name. Check the number, or correct the name of the registered resident.</source>
        <translation>The ID number {id_number} is registered under another name. Check the number, or correct the name of the registered resident.</translation>
    </message>
    <message>
        <source>This service is not available now.</source>
        <translation>This service is not available now.</translation>
    </message>
    <message>
        <source>The service {service} {name} is not offered now.</source>
        <translation>The service {service} {name} is not offered now.</translation>
    </message>
    <message>
        <source>The center takes no tickets now: it is outside opening hours.</source>
        <translation>The center takes no tickets now: it is outside opening hours.</translation>
    </message>
    <message>
        <source>This service is paused by the center.</source>
        <translation>This service is paused by the center.</translation>
    </message>
    <message>
        <source>The service {service} {name} is paused by the center.</source>
        <translation>The service {service} {name} is paused by the center.</translation>
    </message>
    <message>
        <source>Today&apos;s numbers for this service are all taken.</source>
        <translation>Today&apos;s numbers for this service are all taken.</translation>
    </message>
    <message>
        <source>Today&apos;s {quota} numbers for {service} {name} are all taken.</source>
        <translation>Today&apos;s {quota} numbers for {service} {name} are all taken.</translation>
    </message>
    <message>
        <source>Some of what was entered is not valid.</source>
        <translation>Some of what was entered is not valid.</translation>
    </message>
    <message>
        <source>The text is not accepted.</source>
        <translation>The text is not accepted.</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>The password is too short.</translation>
    </message>
    <message>
        <source>The new password must differ from the one it replaces.</source>
        <translation>The new password must differ from the one it replaces.</translation>
    </message>
    <message>
        <source>The ID number is not valid.</source>
        <translation>The ID number is not valid.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>Unknown user name or wrong password.</translation>
    </message>
    <message>
        <source>{user} already has a password; sign in to change it.</source>
        <translation>{user} already has a password; sign in to change it.</translation>
    </message>
    <message>
        <source>The account {user} is locked after too many failed attempts; try again after {until} or ask an administrator.</source>
        <translation>The account {user} is locked after too many failed attempts; try again after {until} or ask an administrator.</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account {user} is locked for {minutes} minutes.</source>
        <translation>Too many failed attempts: the account {user} is locked for {minutes} minutes.</translation>
    </message>
    <message>
        <source>No account named {user}.</source>
        <translation>No account named {user}.</translation>
    </message>
    <message>
        <source>The user name {user} is already taken.</source>
        <translation>The user name {user} is already taken.</translation>
    </message>
    <message>
        <source>The account is locked for a while after too many wrong passwords.</source>
        <translation>The account is locked for a while after too many wrong passwords.</translation>
    </message>
    <message>
        <source>Choose a password before signing in.</source>
        <translation>Choose a password before signing in.</translation>
    </message>
    <message>
        <source>Replace the temporary password before signing in.</source>
        <translation>Replace the temporary password before signing in.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Your last action was not saved; try again.</source>
        <translation>The database cannot be reached. Your last action was not saved; try again.</translation>
    </message>
    <message>
        <source>The time limit for this step has passed.</source>
        <translation>The time limit for this step has passed.</translation>
    </message>
    <message>
        <source>{number} on the same matter was re-reviewed on {day}: the same matter on the same facts is not accepted again. Decline it, or state the new facts.</source>
        <translation>{number} on the same matter was re-reviewed on {day}: the same matter on the same facts is not accepted again. Decline it, or state the new facts.</translation>
    </message>
    <message>
        <source>The handling period of {number} ended on {day}: an extension is decided before it ends.</source>
        <translation>The handling period of {number} ended on {day}: an extension is decided before it ends.</translation>
    </message>
    <message>
        <source>A review of {number} had to be asked for by {day}.</source>
        <translation>A review of {number} had to be asked for by {day}.</translation>
    </message>
    <message>
        <source>The grid {name} is named by {count} ledger entries or monthly reports and is kept; rename it instead.</source>
        <translation>The grid {name} is named by {count} ledger entries or monthly reports and is kept; rename it instead.</translation>
    </message>
    <message>
        <source>{name} still holds communities or grids; remove them first.</source>
        <translation>{name} still holds communities or grids; remove them first.</translation>
    </message>
    <message>
        <source>There is already a place named {name} there.</source>
        <translation>There is already a place named {name} there.</translation>
    </message>
    <message>
        <source>The case file still lacks items it must have.</source>
        <translation>The case file still lacks items it must have.</translation>
    </message>
    <message>
        <source>The center is open now: closing {day} would expire {count} open tickets. Close the day after opening hours, or confirm it in the manager station.</source>
        <translation>The center is open now: closing {day} would expire {count} open tickets. Close the day after opening hours, or confirm it in the manager station.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>Could not write {path}: {reason}.</translation>
    </message>
    <message>
        <source>That scan is not one of our codes.</source>
        <translation>That scan is not one of our codes.</translation>
    </message>
    <message>
        <source>The scan was empty.</source>
        <translation>The scan was empty.</translation>
    </message>
    <message>
        <source>The scanner sent noise.</source>
        <translation>The scanner sent noise.</translation>
    </message>
    <message>
        <source>{scanned} is not a CivicDesk code: expected a ticket (T-YYYYMMDD-A023), a service request (R-YYYY-NNNNNN) or a mediation case (M-YYYY-NNNNNN).</source>
        <translation>{scanned} is not a CivicDesk code: expected a ticket (T-YYYYMMDD-A023), a service request (R-YYYY-NNNNNN) or a mediation case (M-YYYY-NNNNNN).</translation>
    </message>
    <message>
        <source>Ticket {code} names an impossible day {day}.</source>
        <translation>Ticket {code} names an impossible day {day}.</translation>
    </message>
    <message>
        <source>{code} names an impossible year {year}.</source>
        <translation>{code} names an impossible year {year}.</translation>
    </message>
    <message>
        <source>This service issues tickets by ID card only: please place your ID card.</source>
        <translation>This service issues tickets by ID card only: please place your ID card.</translation>
    </message>
    <message>
        <source>One person may take only a few tickets for this service a day.</source>
        <translation>One person may take only a few tickets for this service a day.</translation>
    </message>
    <message>
        <source>That appointment time cannot be booked: choose another slot.</source>
        <translation>That appointment time cannot be booked: choose another slot.</translation>
    </message>
    <message>
        <source>The center is closed on {day}: choose a working day.</source>
        <translation>The center is closed on {day}: choose a working day.</translation>
    </message>
    <message>
        <source>{time} is not an appointment slot: the opening hours {hours} are cut into {minutes}-minute slots.</source>
        <translation>{time} is not an appointment slot: the opening hours {hours} are cut into {minutes}-minute slots.</translation>
    </message>
    <message>
        <source>The slot {day} {time} has begun or passed: choose a later one.</source>
        <translation>The slot {day} {time} has begun or passed: choose a later one.</translation>
    </message>
    <message>
        <source>The service {service} {name} takes no appointments.</source>
        <translation>The service {service} {name} takes no appointments.</translation>
    </message>
    <message>
        <source>The slot {day} {time} of {service} is full ({capacity} appointments): choose another slot.</source>
        <translation>The slot {day} {time} of {service} is full ({capacity} appointments): choose another slot.</translation>
    </message>
    <message>
        <source>This resident already has appointment {code} for {service} on {day}; cancel it first to book another time.</source>
        <translation>This resident already has appointment {code} for {service} on {day}; cancel it first to book another time.</translation>
    </message>
    <message>
        <source>The ID number {id_number} is not registered yet: enter the resident&apos;s name.</source>
        <translation>The ID number {id_number} is not registered yet: enter the resident&apos;s name.</translation>
    </message>
    <message>
        <source>There is no appointment {code}.</source>
        <translation>There is no appointment {code}.</translation>
    </message>
    <message>
        <source>Appointment {code} is {status}.</source>
        <translation>Appointment {code} is {status}.</translation>
    </message>
    <message>
        <source>It is too early to check in for this appointment.</source>
        <translation>It is too early to check in for this appointment.</translation>
    </message>
    <message>
        <source>The database file is damaged; the administrator restores a backup.</source>
        <translation>The database file is damaged; the administrator restores a backup.</translation>
    </message>
    <message>
        <source>There is no database here yet: the administrator creates it (db upgrade).</source>
        <translation>There is no database here yet: the administrator creates it (db upgrade).</translation>
    </message>
    <message>
        <source>This database belongs to another program; CivicDesk leaves it untouched.</source>
        <translation>This database belongs to another program; CivicDesk leaves it untouched.</translation>
    </message>
    <message>
        <source>Another station that is still running uses this station&apos;s name.</source>
        <translation>Another station that is still running uses this station&apos;s name.</translation>
    </message>
    <message>
        <source>The database is older than this CivicDesk: back it up, then upgrade it.</source>
        <translation>The database is older than this CivicDesk: back it up, then upgrade it.</translation>
    </message>
    <message>
        <source>The key that protects residents&apos; ID and phone numbers cannot be used.</source>
        <translation>The key that protects residents&apos; ID and phone numbers cannot be used.</translation>
    </message>
    <message>
        <source>The key that protects residents&apos; ID and phone numbers is missing.</source>
        <translation>The key that protects residents&apos; ID and phone numbers is missing.</translation>
    </message>
    <message>
        <source>The data key here belongs to another database.</source>
        <translation>The data key here belongs to another database.</translation>
    </message>
</context>
<context>
    <name>ExtendPage</name>
    <message>
        <source>The mediation target %1 moves by %2 days, once, with both parties&apos; consent.</source>
        <translation>The mediation target %1 moves by %2 days, once, with both parties&apos; consent.</translation>
    </message>
    <message>
        <source>The applicants consent</source>
        <translation>The applicants consent</translation>
    </message>
    <message>
        <source>The respondents consent</source>
        <translation>The respondents consent</translation>
    </message>
    <message>
        <source>How they consented</source>
        <translation>How they consented</translation>
    </message>
    <message>
        <source>An extension needs the consent of both parties.</source>
        <translation>An extension needs the consent of both parties.</translation>
    </message>
    <message>
        <source>Say how both parties consented (signed, recorded, …).</source>
        <translation>Say how both parties consented (signed, recorded, …).</translation>
    </message>
</context>
<context>
    <name>FailPage</name>
    <message>
        <source>Routes offered</source>
        <translation>Routes offered</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Advice given</translation>
    </message>
    <message>
        <source>Tick at least one route offered to the parties.</source>
        <translation>Tick at least one route offered to the parties.</translation>
    </message>
    <message>
        <source>Write down the advice given to the parties.</source>
        <translation>Write down the advice given to the parties.</translation>
    </message>
</context>
<context>
    <name>FileItemPage</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Ledger entry %1: follow-up</source>
        <translation>Ledger entry %1: follow-up</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Follow up by</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rhythm</translation>
    </message>
    <message>
        <source>every %1 working day(s)</source>
        <translation>every %1 working day(s)</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>Say what the follow-up found.</source>
        <translation>Say what the follow-up found.</translation>
    </message>
</context>
<context>
    <name>FulfilPage</name>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Fulfilled on</source>
        <translation>Fulfilled on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Every term is fulfilled already.</source>
        <translation>Every term is fulfilled already.</translation>
    </message>
</context>
<context>
    <name>GridMapTab</name>
    <message>
        <source>Add a grid</source>
        <translation>Add a grid</translation>
    </message>
    <message>
        <source>Street / town</source>
        <translation>Street / town</translation>
    </message>
    <message>
        <source>Community / village</source>
        <translation>Community / village</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Grid members</source>
        <translation>Grid members</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Name of the place</translation>
    </message>
    <message>
        <source>Add the grid</source>
        <translation>Add the grid</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Remove the member</translation>
    </message>
    <message>
        <source>Save the members</source>
        <translation>Save the members</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Grid %1 added.</source>
        <translation>Grid %1 added.</translation>
    </message>
    <message>
        <source>%1 is now called %2.</source>
        <translation>%1 is now called %2.</translation>
    </message>
    <message>
        <source>%1 removed from the map.</source>
        <translation>%1 removed from the map.</translation>
    </message>
    <message>
        <source>The members of %1 are saved.</source>
        <translation>The members of %1 are saved.</translation>
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
        <source>Please get ready</source>
        <translation>Please get ready</translation>
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
    <name>HallMarks</name>
    <message>
        <source>Appt.</source>
        <translation>Appt.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>ID card of %1 read: touch the service you need</source>
        <translation>ID card of %1 read: touch the service you need</translation>
    </message>
    <message>
        <source>Touch the service you need</source>
        <translation>Touch the service you need</translation>
    </message>
    <message>
        <source>Green channel:</source>
        <translation>Green channel:</translation>
    </message>
    <message>
        <source>Elderly 60+</source>
        <translation>Elderly 60+</translation>
    </message>
    <message>
        <source>Military family</source>
        <translation>Military family</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Choose a green channel first if it applies to you, then touch your service.</source>
        <translation>Choose a green channel first if it applies to you, then touch your service.</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <source>The center</source>
        <translation>The center</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Also open on weekends and holidays</source>
        <translation>Also open on weekends and holidays</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>Chinese name:</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>English name:</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Recalls before a no-show:</source>
        <translation>Recalls before a no-show:</translation>
    </message>
    <message>
        <source>Usual service time:</source>
        <translation>Usual service time:</translation>
    </message>
    <message>
        <source>Green channel by ID card from age:</source>
        <translation>Green channel by ID card from age:</translation>
    </message>
    <message>
        <source>ID-card tickets per person, service and day:</source>
        <translation>ID-card tickets per person, service and day:</translation>
    </message>
    <message>
        <source>Appointment slots:</source>
        <translation>Appointment slots:</translation>
    </message>
    <message>
        <source>Check-in opens before the slot:</source>
        <translation>Check-in opens before the slot:</translation>
    </message>
    <message>
        <source>Check-in closes after its start:</source>
        <translation>Check-in closes after its start:</translation>
    </message>
    <message>
        <source>Opening hours are periods separated by commas, such as 08:30-12:00,13:30-17:30. The kiosk issues tickets only then, on working days.</source>
        <translation>Opening hours are periods separated by commas, such as 08:30-12:00,13:30-17:30. The kiosk issues tickets only then, on working days.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Holidays and swapped working days</source>
        <translation>Holidays and swapped working days</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Name, such as 国庆节</source>
        <translation>Name, such as 国庆节</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Enter the %1 public holidays</source>
        <translation>Enter the %1 public holidays</translation>
    </message>
    <message>
        <source>Saved the center settings.</source>
        <translation>Saved the center settings.</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 is now a %2.</translation>
    </message>
    <message>
        <source>Select a day in the list first.</source>
        <translation>Select a day in the list first.</translation>
    </message>
    <message>
        <source>%1 is an ordinary day again.</source>
        <translation>%1 is an ordinary day again.</translation>
    </message>
    <message>
        <source>Enter the public holidays and swapped working days of %1 as published by the State Council? Days already in the list are kept. Check them against the official notice.</source>
        <translation>Enter the public holidays and swapped working days of %1 as published by the State Council? Days already in the list are kept. Check them against the official notice.</translation>
    </message>
    <message>
        <source>Entered %1 days.</source>
        <translation>Entered %1 days.</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Public holidays</translation>
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
        <source>Please place your ID card on the reader</source>
        <translation>Please place your ID card on the reader</translation>
    </message>
    <message>
        <source>This service issues tickets by ID card only.</source>
        <translation>This service issues tickets by ID card only.</translation>
    </message>
    <message>
        <source>It is too early to check in</source>
        <translation>It is too early to check in</translation>
    </message>
    <message>
        <source>Check-in for your appointment opens at %1. Please come back then.</source>
        <translation>Check-in for your appointment opens at %1. Please come back then.</translation>
    </message>
    <message>
        <source>Your ID card could not be used</source>
        <translation>Your ID card could not be used</translation>
    </message>
    <message>
        <source>This ID card expired on %1. Please use a valid ID card.</source>
        <translation>This ID card expired on %1. Please use a valid ID card.</translation>
    </message>
    <message>
        <source>The ID number on this card is not valid. Please go to a counter.</source>
        <translation>The ID number on this card is not valid. Please go to a counter.</translation>
    </message>
    <message>
        <source>The card was removed too early. Place it again and leave it until the beep.</source>
        <translation>The card was removed too early. Place it again and leave it until the beep.</translation>
    </message>
    <message>
        <source>This ID card cannot be read. Please go to a counter.</source>
        <translation>This ID card cannot be read. Please go to a counter.</translation>
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
        <source>Appointment checked in (%1). Your number</source>
        <translation>Appointment checked in (%1). Your number</translation>
    </message>
    <message>
        <source>You are late for your %1 appointment: this is an ordinary number</source>
        <translation>You are late for your %1 appointment: this is an ordinary number</translation>
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
    <name>KpiRow</name>
    <message>
        <source>Booked %1, checked in %2 (on time %3), no-shows %4, cancelled %5; appointments are %6 of the tickets.</source>
        <translation>Booked %1, checked in %2 (on time %3), no-shows %4, cancelled %5; appointments are %6 of the tickets.</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Tickets issued</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Mean wait (min)</source>
        <translation>Mean wait (min)</translation>
    </message>
    <message>
        <source>90% waited less than (min)</source>
        <translation>90% waited less than (min)</translation>
    </message>
    <message>
        <source>Waited over target</source>
        <translation>Waited over target</translation>
    </message>
    <message>
        <source>Good ratings</source>
        <translation>Good ratings</translation>
    </message>
    <message>
        <source>Requests accepted</source>
        <translation>Requests accepted</translation>
    </message>
    <message>
        <source>Requests overdue</source>
        <translation>Requests overdue</translation>
    </message>
    <message>
        <source>Mediation success</source>
        <translation>Mediation success</translation>
    </message>
    <message>
        <source>Appointments checked in / booked</source>
        <translation>Appointments checked in / booked</translation>
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
        <source>Counter no.:</source>
        <translation>Counter no.:</translation>
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
        <source>Start the demonstration on the training clock</source>
        <translation>Start the demonstration on the training clock</translation>
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
        <source>The kiosk is open: residents can take tickets.</source>
        <translation>The kiosk is open: residents can take tickets.</translation>
    </message>
    <message>
        <source>The kiosk is closed now (outside opening hours).</source>
        <translation>The kiosk is closed now (outside opening hours).</translation>
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
        <source>The center is closed now, so the kiosk takes no tickets. To try everything as during opening hours, start the demonstration on the training clock: the program&apos;s time starts at %1, and practice tickets go into a separate training database.</source>
        <translation>The center is closed now, so the kiosk takes no tickets. To try everything as during opening hours, start the demonstration on the training clock: the program&apos;s time starts at %1, and practice tickets go into a separate training database.</translation>
    </message>
    <message>
        <source>The database cannot be reached; retrying…</source>
        <translation>The database cannot be reached; retrying…</translation>
    </message>
</context>
<context>
    <name>LedgerMoveDialog</name>
    <message>
        <source>Ledger entry %1: next step</source>
        <translation>Ledger entry %1: next step</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Follow up by</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Refer to</translation>
    </message>
    <message>
        <source>Link an existing case</source>
        <translation>Link an existing case</translation>
    </message>
    <message>
        <source>Create a new mediation case</source>
        <translation>Create a new mediation case</translation>
    </message>
    <message>
        <source>&amp;Mediation case</source>
        <translation>&amp;Mediation case</translation>
    </message>
    <message>
        <source>Respondents (the others apply)</source>
        <translation>Respondents (the others apply)</translation>
    </message>
    <message>
        <source>Names the entry lacks, split by 、</source>
        <translation>Names the entry lacks, split by 、</translation>
    </message>
    <message>
        <source>Other respondents</source>
        <translation>Other respondents</translation>
    </message>
    <message>
        <source>No step is open to you from this state.</source>
        <translation>No step is open to you from this state.</translation>
    </message>
    <message>
        <source>Mediation case (M-…)</source>
        <translation>Mediation case (M-…)</translation>
    </message>
    <message>
        <source>Petition (X-…)</source>
        <translation>Petition (X-…)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>How was it resolved? (required)</source>
        <translation>How was it resolved? (required)</translation>
    </message>
    <message>
        <source>Why is it escalated? (required)</source>
        <translation>Why is it escalated? (required)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Claims (the case&apos;s note)</source>
        <translation>Claims (the case&apos;s note)</translation>
    </message>
    <message>
        <source>Write the note: it is required for this step.</source>
        <translation>Write the note: it is required for this step.</translation>
    </message>
    <message>
        <source>Say where it is referred to.</source>
        <translation>Say where it is referred to.</translation>
    </message>
    <message>
        <source>Mark at least one party as respondent, or name one.</source>
        <translation>Mark at least one party as respondent, or name one.</translation>
    </message>
    <message>
        <source>Leave at least one party as applicant.</source>
        <translation>Leave at least one party as applicant.</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Follow up by</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;New entry…</translation>
    </message>
    <message>
        <source>Re&amp;solved…</source>
        <translation>Re&amp;solved…</translation>
    </message>
    <message>
        <source>Re&amp;fer…</source>
        <translation>Re&amp;fer…</translation>
    </message>
    <message>
        <source>Esc&amp;alate…</source>
        <translation>Esc&amp;alate…</translation>
    </message>
    <message>
        <source>&amp;More steps…</source>
        <translation>&amp;More steps…</translation>
    </message>
    <message>
        <source>Follow-&amp;up…</source>
        <translation>Follow-&amp;up…</translation>
    </message>
    <message>
        <source>&amp;Zero report…</source>
        <translation>&amp;Zero report…</translation>
    </message>
    <message>
        <source>Open disputes in the ledger</source>
        <translation>Open disputes in the ledger</translation>
    </message>
    <message>
        <source>Open disputes by community and risk</source>
        <translation>Open disputes by community and risk</translation>
    </message>
    <message>
        <source>%1 is not an open entry.</source>
        <translation>%1 is not an open entry.</translation>
    </message>
    <message>
        <source>Not yet reported for %1: %2</source>
        <translation>Not yet reported for %1: %2</translation>
    </message>
    <message>
        <source>Every grid has reported for %1.</source>
        <translation>Every grid has reported for %1.</translation>
    </message>
    <message>
        <source>No open dispute in the ledger.</source>
        <translation>No open dispute in the ledger.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mediation case: %1 (%2)</source>
        <translation>Mediation case: %1 (%2)</translation>
    </message>
    <message>
        <source>Mediation outcome: %1</source>
        <translation>Mediation outcome: %1</translation>
    </message>
    <message>
        <source>%1 entered in the ledger.</source>
        <translation>%1 entered in the ledger.</translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation>Select an entry first.</translation>
    </message>
    <message>
        <source>%1: being resolved.</source>
        <translation>%1: being resolved.</translation>
    </message>
    <message>
        <source>%1 resolved.</source>
        <translation>%1 resolved.</translation>
    </message>
    <message>
        <source>%1 escalated.</source>
        <translation>%1 escalated.</translation>
    </message>
    <message>
        <source>%1 referred.</source>
        <translation>%1 referred.</translation>
    </message>
    <message>
        <source>%1 referred to mediation: case %2.</source>
        <translation>%1 referred to mediation: case %2.</translation>
    </message>
    <message>
        <source>Follow-up of %1 recorded.</source>
        <translation>Follow-up of %1 recorded.</translation>
    </message>
    <message>
        <source>Zero report of %1 for %2 recorded.</source>
        <translation>Zero report of %1 for %2 recorded.</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>Zero report</translation>
    </message>
    <message>
        <source>Which grid found no dispute?</source>
        <translation>Which grid found no dispute?</translation>
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
        <source>Your password was set by an administrator and is only temporary. Choose your own password now (at least %1 characters, not the temporary one).</source>
        <translation>Your password was set by an administrator and is only temporary. Choose your own password now (at least %1 characters, not the temporary one).</translation>
    </message>
    <message>
        <source>Choose your password (at least %1 characters).</source>
        <translation>Choose your password (at least %1 characters).</translation>
    </message>
</context>
<context>
    <name>ManagerWindow</name>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>Mean service (min)</source>
        <translation>Mean service (min)</translation>
    </message>
    <message>
        <source>Good ratings</source>
        <translation>Good ratings</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>CivicDesk manager</source>
        <translation>CivicDesk manager</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Manager: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>Report PDF…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Pause a service…</source>
        <translation>Pause a service…</translation>
    </message>
    <message>
        <source>Close the day…</source>
        <translation>Close the day…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>More…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Counters and staff</source>
        <translation>Counters and staff</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Petitions and ledger</source>
        <translation>Petitions and ledger</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Arrivals and services per hour</source>
        <translation>Arrivals and services per hour</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>Waiting time (minutes)</source>
        <translation>Waiting time (minutes)</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Tickets per service</source>
        <translation>Tickets per service</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Ratings (1 very dissatisfied … 5 very satisfied)</source>
        <translation>Ratings (1 very dissatisfied … 5 very satisfied)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Close the service day %1? %2 open tickets will expire and every counter closes.</source>
        <translation>Close the service day %1? %2 open tickets will expire and every counter closes.</translation>
    </message>
    <message>
        <source>The center is still within its opening hours.</source>
        <translation>The center is still within its opening hours.</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <source>Closed %1: %2 tickets expired, %3 counters closed.</source>
        <translation>Closed %1: %2 tickets expired, %3 counters closed.</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(paused)</translation>
    </message>
    <message>
        <source>Pause a service</source>
        <translation>Pause a service</translation>
    </message>
    <message>
        <source>Pause or resume which service at the kiosk?</source>
        <translation>Pause or resume which service at the kiosk?</translation>
    </message>
    <message>
        <source>%1 is paused: the kiosk takes no tickets for it.</source>
        <translation>%1 is paused: the kiosk takes no tickets for it.</translation>
    </message>
    <message>
        <source>%1 takes tickets again.</source>
        <translation>%1 takes tickets again.</translation>
    </message>
    <message>
        <source>Connection to the database lost. Retrying…</source>
        <translation>Connection to the database lost. Retrying…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Saved %1 CSV files in %2.</source>
        <translation>Saved %1 CSV files in %2.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Folder for the CSV files</translation>
    </message>
</context>
<context>
    <name>MediationPanel</name>
    <message>
        <source>Registered %1.</source>
        <translation>Registered %1.</translation>
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
        <source>The database file %1 is damaged. Your last action was not saved; the administrator restores a backup with: python main.py db restore BACKUP</source>
        <translation>The database file %1 is damaged. Your last action was not saved; the administrator restores a backup with: python main.py db restore BACKUP</translation>
    </message>
    <message>
        <source>The database cannot be reached. Your last action was not saved; try again.</source>
        <translation>The database cannot be reached. Your last action was not saved; try again.</translation>
    </message>
    <message>
        <source>The residents&apos; data cannot be opened: the data key is missing or belongs to another database. Details: %1</source>
        <translation>The residents&apos; data cannot be opened: the data key is missing or belongs to another database. Details: %1</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>A password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The new password must differ from the one it replaces.</source>
        <translation>The new password must differ from the one it replaces.</translation>
    </message>
    <message>
        <source>You have taken %1 tickets for this service today; one person may take %2 a day.</source>
        <translation>You have taken %1 tickets for this service today; one person may take %2 a day.</translation>
    </message>
    <message>
        <source>This service issues tickets by ID card only: please place your ID card.</source>
        <translation>This service issues tickets by ID card only: please place your ID card.</translation>
    </message>
    <message>
        <source>Something went wrong. The problem was logged; please try again or call support.</source>
        <translation>Something went wrong. The problem was logged; please try again or call support.</translation>
    </message>
</context>
<context>
    <name>NoticeTab</name>
    <message>
        <source>The hall display scrolls this notice along its bottom edge. Leave it empty to show the welcome line. Line breaks become spaces.</source>
        <translation>The hall display scrolls this notice along its bottom edge. Leave it empty to show the welcome line. Line breaks become spaces.</translation>
    </message>
    <message>
        <source>Remove the notice</source>
        <translation>Remove the notice</translation>
    </message>
    <message>
        <source>Show on the display</source>
        <translation>Show on the display</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <source>Shown now: %1</source>
        <translation>Shown now: %1</translation>
    </message>
    <message>
        <source>No notice is shown now; the display welcomes.</source>
        <translation>No notice is shown now; the display welcomes.</translation>
    </message>
    <message>
        <source>The display shows the new notice.</source>
        <translation>The display shows the new notice.</translation>
    </message>
    <message>
        <source>The notice is removed.</source>
        <translation>The notice is removed.</translation>
    </message>
</context>
<context>
    <name>NowTab</name>
    <message numerus="yes">
        <source>%n counters open</source>
        <translation>
            <numerusform>%n counter open</numerusform>
            <numerusform>%n counters open</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody waiting now, %1.</source>
        <translation>Nobody waiting now, %1.</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting now</source>
        <translation>
            <numerusform>%n waiting now</numerusform>
            <numerusform>%n waiting now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest wait %n min</source>
        <translation>
            <numerusform>longest wait %n min</numerusform>
            <numerusform>longest wait %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a sentence, then the next</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n in red need a look.</source>
        <translation>
            <numerusform>%n in red needs a look.</numerusform>
            <numerusform>%n in red need a look.</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest wait (min)</source>
        <translation>Longest wait (min)</translation>
    </message>
    <message>
        <source>Target (min)</source>
        <translation>Target (min)</translation>
    </message>
    <message>
        <source>Open counters</source>
        <translation>Open counters</translation>
    </message>
    <message>
        <source>Appointments</source>
        <comment>checked in and waiting</comment>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Taking tickets</source>
        <translation>Taking tickets</translation>
    </message>
    <message>
        <source>The longest wait, %1 min, is over the target of %2 min.</source>
        <translation>The longest wait, %1 min, is over the target of %2 min.</translation>
    </message>
    <message>
        <source>People are waiting and no open counter serves them.</source>
        <translation>People are waiting and no open counter serves them.</translation>
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
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>Ticket status</translation>
    </message>
    <message>
        <source>For (min)</source>
        <translation>For (min)</translation>
    </message>
    <message>
        <source>Called %1 min ago and not yet started (more than %2 min).</source>
        <translation>Called %1 min ago and not yet started (more than %2 min).</translation>
    </message>
    <message>
        <source>Serving for %1 min, more than %2 times the recent average of %3 min.</source>
        <translation>Serving for %1 min, more than %2 times the recent average of %3 min.</translation>
    </message>
</context>
<context>
    <name>PartyTable</name>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>ID number / credit code</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation>Agent&apos;s phone</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>PerformedPage</name>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Open terms fulfilled on</source>
        <translation>Open terms fulfilled on</translation>
    </message>
</context>
<context>
    <name>PetitionAcceptPage</name>
    <message>
        <source>Handled within 60 days of today; the acceptance notice tells when.</source>
        <translation>Handled within 60 days of today; the acceptance notice tells when.</translation>
    </message>
    <message>
        <source>%1 on the same matter was re-reviewed: accept only with new facts or reasons, or decline it.</source>
        <translation>%1 on the same matter was re-reviewed: accept only with new facts or reasons, or decline it.</translation>
    </message>
    <message>
        <source>New facts or reasons</source>
        <translation>New facts or reasons</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>State the new facts, or decline the petition.</source>
        <translation>State the new facts, or decline the petition.</translation>
    </message>
</context>
<context>
    <name>PetitionDeadlines</name>
    <message>
        <source>Decide by</source>
        <translation>Decide by</translation>
    </message>
    <message>
        <source>Handle by</source>
        <translation>Handle by</translation>
    </message>
    <message>
        <source>Review asked by</source>
        <translation>Review asked by</translation>
    </message>
    <message>
        <source>Review decided by</source>
        <translation>Review decided by</translation>
    </message>
    <message>
        <source>Re-review asked by</source>
        <translation>Re-review asked by</translation>
    </message>
    <message>
        <source>Re-review decided by</source>
        <translation>Re-review decided by</translation>
    </message>
</context>
<context>
    <name>PetitionDeclinePage</name>
    <message>
        <source>The notice tells the petitioner where the matter belongs instead.</source>
        <translation>The notice tells the petitioner where the matter belongs instead.</translation>
    </message>
    <message>
        <source>Legal route instead</source>
        <translation>Legal route instead</translation>
    </message>
    <message>
        <source>Why it is not accepted</source>
        <translation>Why it is not accepted</translation>
    </message>
    <message>
        <source>Tick at least one legal route.</source>
        <translation>Tick at least one legal route.</translation>
    </message>
    <message>
        <source>Say why it is not accepted.</source>
        <translation>Say why it is not accepted.</translation>
    </message>
</context>
<context>
    <name>PetitionExtendPage</name>
    <message>
        <source>Once only, at most 30 days, before the handling period ends.</source>
        <translation>Once only, at most 30 days, before the handling period ends.</translation>
    </message>
    <message>
        <source>Days (1-30)</source>
        <translation>Days (1-30)</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>Give the reason for the extension.</translation>
    </message>
</context>
<context>
    <name>PetitionForwardPage</name>
    <message>
        <source>The forwarding notice tells the petitioner which body handles it.</source>
        <translation>The forwarding notice tells the petitioner which body handles it.</translation>
    </message>
    <message>
        <source>Competent body</source>
        <translation>Competent body</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Name the competent body.</source>
        <translation>Name the competent body.</translation>
    </message>
</context>
<context>
    <name>PetitionMoveDialog</name>
    <message>
        <source>Petition %1: next step</source>
        <translation>Petition %1: next step</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Save the written notice as a PDF afterwards</source>
        <translation>Save the written notice as a PDF afterwards</translation>
    </message>
    <message>
        <source>No step is open to you from this state.</source>
        <translation>No step is open to you from this state.</translation>
    </message>
</context>
<context>
    <name>PetitionReferDialog</name>
    <message>
        <source>Petition %1: refer to mediation</source>
        <translation>Petition %1: refer to mediation</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>Kind of dispute</source>
        <translation>Kind of dispute</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Name at least one respondent.</source>
        <translation>Name at least one respondent.</translation>
    </message>
</context>
<context>
    <name>PetitionReplyPage</name>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>The written reply</source>
        <translation>The written reply</translation>
    </message>
    <message>
        <source>Petitioner&apos;s satisfaction</source>
        <translation>Petitioner&apos;s satisfaction</translation>
    </message>
    <message>
        <source>Write the reply.</source>
        <translation>Write the reply.</translation>
    </message>
</context>
<context>
    <name>PetitionsPage</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Petitioners</source>
        <translation>Petitioners</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>&amp;New petition…</source>
        <translation>&amp;New petition…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Decline…</translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation>&amp;Forward…</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>&amp;Extend…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Reply…</translation>
    </message>
    <message>
        <source>&amp;More steps…</source>
        <translation>&amp;More steps…</translation>
    </message>
    <message>
        <source>To media&amp;tion…</source>
        <translation>To media&amp;tion…</translation>
    </message>
    <message>
        <source>Notice &amp;PDF…</source>
        <translation>Notice &amp;PDF…</translation>
    </message>
    <message>
        <source>Show &amp;ID…</source>
        <translation>Show &amp;ID…</translation>
    </message>
    <message>
        <source>There is no petition %1.</source>
        <translation>There is no petition %1.</translation>
    </message>
    <message>
        <source>No petition registered yet.</source>
        <translation>No petition registered yet.</translation>
    </message>
    <message>
        <source>No petition selected.</source>
        <translation>No petition selected.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Body concerned</source>
        <translation>Body concerned</translation>
    </message>
    <message>
        <source>People who came</source>
        <translation>People who came</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <source>%1 days: %2</source>
        <translation>%1 days: %2</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Re-review</source>
        <translation>Re-review</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Petitioners:</source>
        <translation>Petitioners:</translation>
    </message>
    <message>
        <source>Repeat of %1 (same petitioner and matter).</source>
        <translation>Repeat of %1 (same petitioner and matter).</translation>
    </message>
    <message>
        <source>Mediation case: %1 (%2)</source>
        <translation>Mediation case: %1 (%2)</translation>
    </message>
    <message>
        <source>Mediation outcome: %1</source>
        <translation>Mediation outcome: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>%1: review asked for.</source>
        <translation>%1: review asked for.</translation>
    </message>
    <message>
        <source>%1: review decided.</source>
        <translation>%1: review decided.</translation>
    </message>
    <message>
        <source>%1: re-review asked for.</source>
        <translation>%1: re-review asked for.</translation>
    </message>
    <message>
        <source>%1: re-review decided (final).</source>
        <translation>%1: re-review decided (final).</translation>
    </message>
    <message>
        <source>%1 referred to mediation: case %2.</source>
        <translation>%1 referred to mediation: case %2.</translation>
    </message>
    <message>
        <source>Show the ID number</source>
        <translation>Show the ID number</translation>
    </message>
    <message>
        <source>Whose?</source>
        <translation>Whose?</translation>
    </message>
    <message>
        <source>Why (recorded in the audit log)?</source>
        <translation>Why (recorded in the audit log)?</translation>
    </message>
    <message>
        <source>Notice PDF</source>
        <translation>Notice PDF</translation>
    </message>
    <message>
        <source>Which document?</source>
        <translation>Which document?</translation>
    </message>
    <message>
        <source>Registration slip</source>
        <translation>Registration slip</translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <source>Notice of non-acceptance</source>
        <translation>Notice of non-acceptance</translation>
    </message>
    <message>
        <source>Forwarding notice</source>
        <translation>Forwarding notice</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <source>Written reply</source>
        <translation>Written reply</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>%1 on the same matter was re-reviewed: not accepted again.</source>
        <translation>%1 on the same matter was re-reviewed: not accepted again.</translation>
    </message>
    <message>
        <source>%1 registered.</source>
        <translation>%1 registered.</translation>
    </message>
    <message>
        <source>Select a petition first.</source>
        <translation>Select a petition first.</translation>
    </message>
    <message>
        <source>%1 accepted.</source>
        <translation>%1 accepted.</translation>
    </message>
    <message>
        <source>%1 declined.</source>
        <translation>%1 declined.</translation>
    </message>
    <message>
        <source>%1 forwarded.</source>
        <translation>%1 forwarded.</translation>
    </message>
    <message>
        <source>%1 extended.</source>
        <translation>%1 extended.</translation>
    </message>
    <message>
        <source>%1 replied.</source>
        <translation>%1 replied.</translation>
    </message>
    <message>
        <source>Legal route instead</source>
        <translation>Legal route instead</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
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
    <name>ReferPage</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation>Receiving body</translation>
    </message>
    <message>
        <source>Feedback due</source>
        <translation>Feedback due</translation>
    </message>
    <message>
        <source>No receiving body of this channel in the directory.</source>
        <translation>No receiving body of this channel in the directory.</translation>
    </message>
    <message>
        <source>Choose a receiving body.</source>
        <translation>Choose a receiving body.</translation>
    </message>
</context>
<context>
    <name>RegisterPetitionDialog</name>
    <message>
        <source>Register a petition</source>
        <translation>Register a petition</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Body concerned</source>
        <translation>Body concerned</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>People who came</source>
        <translation>People who came</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Petitioners (a collective visit: its representatives)</source>
        <translation>Petitioners (a collective visit: its representatives)</translation>
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
        <source>One-time notice, still to bring: %1</source>
        <translation>One-time notice, still to bring: %1</translation>
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
        <source>No request matches %1.</source>
        <translation>No request matches %1.</translation>
    </message>
    <message>
        <source>No overdue request.</source>
        <translation>No overdue request.</translation>
    </message>
    <message>
        <source>No request recorded today.</source>
        <translation>No request recorded today.</translation>
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
        <source>Enter the resident&apos;s name.</source>
        <translation>Enter the resident&apos;s name.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>The dispute was resolved</source>
        <translation>The dispute was resolved</translation>
    </message>
    <message>
        <source>Result reported</source>
        <translation>Result reported</translation>
    </message>
    <message>
        <source>Say what the receiving body reported.</source>
        <translation>Say what the receiving body reported.</translation>
    </message>
</context>
<context>
    <name>ReviewDecisionPage</name>
    <message>
        <source>Final: the same matter on the same facts is not accepted again.</source>
        <translation>Final: the same matter on the same facts is not accepted again.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Write the opinion.</source>
        <translation>Write the opinion.</translation>
    </message>
</context>
<context>
    <name>ReviewRequestPage</name>
    <message>
        <source>To be asked for by %1; decided within 30 days.</source>
        <translation>To be asked for by %1; decided within 30 days.</translation>
    </message>
    <message>
        <source>Asked for on</source>
        <translation>Asked for on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Session on</source>
        <translation>Session on</translation>
    </message>
</context>
<context>
    <name>ServiceButton</name>
    <message>
        <source>%1 waiting · please place your ID card</source>
        <translation>%1 waiting · please place your ID card</translation>
    </message>
    <message>
        <source>%1 waiting, about %2 min</source>
        <translation>%1 waiting, about&#xa0;%2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>Paused by the center</source>
        <translation>Paused by the center</translation>
    </message>
    <message>
        <source>Today&apos;s numbers are all taken</source>
        <translation>Today&apos;s numbers are all taken</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>Not available now</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>Target wait</translation>
    </message>
    <message>
        <source>Promised days</source>
        <translation>Promised days</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>In Chinese</source>
        <translation>In Chinese</translation>
    </message>
    <message>
        <source>In English, same lines</source>
        <translation>In English, same lines</translation>
    </message>
    <message>
        <source>Tickets by ID card only</source>
        <translation>Tickets by ID card only</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Paused (the kiosk takes no tickets)</source>
        <translation>Paused (the kiosk takes no tickets)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Disputes (referred to mediation)</source>
        <translation>Disputes (referred to mediation)</translation>
    </message>
    <message>
        <source>Offered at the kiosk</source>
        <translation>Offered at the kiosk</translation>
    </message>
    <message>
        <source>Ticket letter:</source>
        <translation>Ticket letter:</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>Chinese name:</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>English name:</translation>
    </message>
    <message>
        <source>Chinese description:</source>
        <translation>Chinese description:</translation>
    </message>
    <message>
        <source>English description:</source>
        <translation>English description:</translation>
    </message>
    <message>
        <source>Target wait:</source>
        <translation>Target wait:</translation>
    </message>
    <message>
        <source>Promised working days:</source>
        <translation>Promised working days:</translation>
    </message>
    <message>
        <source>Materials (one per line):</source>
        <translation>Materials (one per line):</translation>
    </message>
    <message>
        <source>Display order:</source>
        <translation>Display order:</translation>
    </message>
    <message>
        <source>Appointments per slot (0: none):</source>
        <translation>Appointments per slot (0: none):</translation>
    </message>
    <message>
        <source>Daily quota (tickets):</source>
        <translation>Daily quota (tickets):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>Saved the service %1 %2.</source>
        <translation>Saved the service %1 %2.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Name the mediators of the session.</source>
        <translation>Name the mediators of the session.</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>This counter has no printer: tell the resident the code %1.</source>
        <translation>This counter has no printer: tell the resident the code %1.</translation>
    </message>
    <message>
        <source>Printing the booking slip of %1.</source>
        <translation>Printing the booking slip of %1.</translation>
    </message>
    <message>
        <source>The booking slip of %1 is printed.</source>
        <translation>The booking slip of %1 is printed.</translation>
    </message>
    <message>
        <source>the printer is not ready</source>
        <translation>the printer is not ready</translation>
    </message>
    <message>
        <source>The slip of %1 waits for the printer (%2); it prints when ready.</source>
        <translation>The slip of %1 waits for the printer (%2); it prints when ready.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Selected account</source>
        <translation>Selected account</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repeat it:</translation>
    </message>
    <message>
        <source>A password typed here is temporary: the person replaces it at their first sign-in. Leave it empty to let them choose one then (at least %1 characters).</source>
        <translation>A password typed here is temporary: the person replaces it at their first sign-in. Leave it empty to let them choose one then (at least %1 characters).</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Select an account in the list.</source>
        <translation>Select an account in the list.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>Created the account %1.</source>
        <translation>Created the account %1.</translation>
    </message>
    <message>
        <source>Renamed %1.</source>
        <translation>Renamed %1.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 is now: %2.</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>Enabled %1.</translation>
    </message>
    <message>
        <source>Disabled %1: they can no longer log in.</source>
        <translation>Disabled %1: they can no longer log in.</translation>
    </message>
    <message>
        <source>Clear the password of %1? They choose a new one at their next login, and are unlocked.</source>
        <translation>Clear the password of %1? They choose a new one at their next login, and are unlocked.</translation>
    </message>
    <message>
        <source>The password of %1 is cleared; they choose a new one at their next login.</source>
        <translation>The password of %1 is cleared; they choose a new one at their next login.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked after failed logins</source>
        <translation>locked after failed logins</translation>
    </message>
    <message>
        <source>chooses a password at next login</source>
        <translation>chooses a password at next login</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>must change the password</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>StationFrame</name>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <source>Sign in to the manager station</source>
        <translation>Sign in to the manager station</translation>
    </message>
    <message>
        <source>Sign in to the district station</source>
        <translation>Sign in to the district station</translation>
    </message>
    <message>
        <source>Sign in to counter %1</source>
        <translation>Sign in to counter %1</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>No step is open to you from this state.</source>
        <translation>No step is open to you from this state.</translation>
    </message>
</context>
<context>
    <name>TextMessages</name>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Chinese description</source>
        <translation>Chinese description</translation>
    </message>
    <message>
        <source>English description</source>
        <translation>English description</translation>
    </message>
    <message>
        <source>Chinese center name</source>
        <translation>Chinese center name</translation>
    </message>
    <message>
        <source>English center name</source>
        <translation>English center name</translation>
    </message>
    <message>
        <source>material name</source>
        <translation>material name</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>community</source>
        <translation>community</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>grid</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>follow-up note</source>
        <translation>follow-up note</translation>
    </message>
    <message>
        <source>completion note</source>
        <translation>completion note</translation>
    </message>
    <message>
        <source>reason for rejecting</source>
        <translation>reason for rejecting</translation>
    </message>
    <message>
        <source>reason for revealing an ID number</source>
        <translation>reason for revealing an ID number</translation>
    </message>
    <message>
        <source>statement of facts</source>
        <translation>statement of facts</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>claims</translation>
    </message>
    <message>
        <source>The %1 must be text.</source>
        <translation>The %1 must be text.</translation>
    </message>
    <message>
        <source>The %1 cannot be empty.</source>
        <translation>The %1 cannot be empty.</translation>
    </message>
    <message>
        <source>The %1 is at most %2 characters (%3 given).</source>
        <translation>The %1 is at most %2 characters (%3 given).</translation>
    </message>
    <message>
        <source>The %1 cannot contain line breaks or tabs.</source>
        <translation>The %1 cannot contain line breaks or tabs.</translation>
    </message>
    <message>
        <source>The %1 cannot contain spaces.</source>
        <translation>The %1 cannot contain spaces.</translation>
    </message>
    <message>
        <source>The %1 contains an invisible or control character that is not allowed (%4).</source>
        <translation>The %1 contains an invisible or control character that is not allowed (%4).</translation>
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
        <source>Green channel: %1</source>
        <translation>Green channel: %1</translation>
    </message>
    <message>
        <source>You are next. Please watch the hall display.</source>
        <translation>You are next. Please watch the hall display.</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform>
            <numerusform>%n people ahead of you</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The counters open shortly.</source>
        <translation>The counters open shortly.</translation>
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
    <name>ToDoPanel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
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
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Follow up by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>mediation target date</source>
        <translation>mediation target date</translation>
    </message>
    <message>
        <source>feedback from the receiving body</source>
        <translation>feedback from the receiving body</translation>
    </message>
    <message>
        <source>judicial confirmation window</source>
        <translation>judicial confirmation window</translation>
    </message>
    <message>
        <source>performance deadline</source>
        <translation>performance deadline</translation>
    </message>
    <message>
        <source>scheduled session</source>
        <translation>scheduled session</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>follow-up overdue</source>
        <translation>follow-up overdue</translation>
    </message>
    <message>
        <source>grave risk</source>
        <translation>grave risk</translation>
    </message>
    <message>
        <source>collective petition</source>
        <translation>collective petition</translation>
    </message>
    <message>
        <source>repeat petition</source>
        <translation>repeat petition</translation>
    </message>
    <message>
        <source>matter already re-reviewed</source>
        <translation>matter already re-reviewed</translation>
    </message>
    <message>
        <source>five or more people</source>
        <translation>five or more people</translation>
    </message>
    <message>
        <source>again within 90 days</source>
        <translation>again within 90 days</translation>
    </message>
    <message>
        <source>threat of violence</source>
        <translation>threat of violence</translation>
    </message>
    <message>
        <source>risk of turning criminal</source>
        <translation>risk of turning criminal</translation>
    </message>
    <message>
        <source>minors involved</source>
        <translation>minors involved</translation>
    </message>
    <message>
        <source>Early warnings: petitions and disputes</source>
        <translation>Early warnings: petitions and disputes</translation>
    </message>
    <message>
        <source>Overdue service requests</source>
        <translation>Overdue service requests</translation>
    </message>
    <message>
        <source>Mediation cases needing action</source>
        <translation>Mediation cases needing action</translation>
    </message>
    <message>
        <source>Bad ratings awaiting follow-up</source>
        <translation>Bad ratings awaiting follow-up</translation>
    </message>
    <message>
        <source>Close the selected follow-up…</source>
        <translation>Close the selected follow-up…</translation>
    </message>
    <message>
        <source>Follow-up closed.</source>
        <translation>Follow-up closed.</translation>
    </message>
    <message>
        <source>Select a rating first.</source>
        <translation>Select a rating first.</translation>
    </message>
    <message>
        <source>Close follow-up</source>
        <translation>Close follow-up</translation>
    </message>
    <message>
        <source>What was done for the resident?</source>
        <translation>What was done for the resident?</translation>
    </message>
</context>
<context>
    <name>TrainingClock</name>
    <message>
        <source>Training clock: the program&apos;s time started at %1 and is not the real time; what you do now is practice.</source>
        <translation>Training clock: the program&apos;s time started at %1 and is not the real time; what you do now is practice.</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Case %1: next step</source>
        <translation>Case %1: next step</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>No step is open to you from this state.</source>
        <translation>No step is open to you from this state.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Give the reason in the note.</source>
        <translation>Give the reason in the note.</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Visited on</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>Name who made the visit.</source>
        <translation>Name who made the visit.</translation>
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
        <source>Appointment %1</source>
        <translation>Appointment %1</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
</context>
</TS>
