<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AppointmentsDayView</name>
        <message numerus="yes">
            <source>%n appointment(s)</source>
            <translation>
                <numerusform>%n appointment</numerusform>
                <numerusform>%n appointments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n entries are intact.</source>
            <translation>
                <numerusform>The only entry is intact.</numerusform>
                <numerusform>All %n entries are intact.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries exported to %1.</source>
            <translation>
                <numerusform>%n entry exported to %1.</numerusform>
                <numerusform>%n entries exported to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChangePinDialog</name>
        <message numerus="yes">
            <source>Too many wrong PINs: wait %n seconds</source>
            <translation>
                <numerusform>Too many wrong PINs: wait %n second</numerusform>
                <numerusform>Too many wrong PINs: wait %n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message numerus="yes">
            <source>%n customer(s)</source>
            <translation>
                <numerusform>%n customer</numerusform>
                <numerusform>%n customers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeliveryPanel</name>
        <message numerus="yes">
            <source>✓ Delivered. %n follow-up(s) planned for after-sales.</source>
            <translation>
                <numerusform>✓ Delivered. %n follow-up planned for after-sales.</numerusform>
                <numerusform>✓ Delivered. %n follow-ups planned for after-sales.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPage</name>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n task</numerusform>
                <numerusform>%n tasks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message numerus="yes">
            <source>%n rows read. Check the fields, then press Check.</source>
            <translation>
                <numerusform>%n row read. Check the fields, then press Check.</numerusform>
                <numerusform>%n rows read. Check the fields, then press Check.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows cannot be imported. Correct them in the file, save it and press Load again.</source>
            <translation>
                <numerusform>%n row cannot be imported. Correct it in the file, save it and press Load again.</numerusform>
                <numerusform>%n rows cannot be imported. Correct them in the file, save it and press Load again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n rows can be imported.</source>
            <translation>
                <numerusform>%n row can be imported.</numerusform>
                <numerusform>All %n rows can be imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows have a phone number that is already known.</source>
            <translation>
                <numerusform>%n row has a phone number that is already known.</numerusform>
                <numerusform>%n rows have a phone number that is already known.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n customers saved to %1.</source>
            <translation>
                <numerusform>%n customer saved to %1.</numerusform>
                <numerusform>%n customers saved to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message numerus="yes">
            <source>Too many wrong PINs: wait %n seconds</source>
            <translation>
                <numerusform>Too many wrong PINs: wait %n second</numerusform>
                <numerusform>Too many wrong PINs: wait %n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QuickAddDialog</name>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReceptionTexts</name>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message numerus="yes">
            <source>%n prospect(s) with no visit or call for %1 months. Erase the ones you no longer need (Customers → Erase).</source>
            <translation>
                <numerusform>%n prospect with no visit or call for %1 months. Erase it if you no longer need it (Customers → Erase).</numerusform>
                <numerusform>%n prospects with no visit or call for %1 months. Erase the ones you no longer need (Customers → Erase).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SalesPage</name>
        <message numerus="yes">
            <source>%n opportunity(ies)</source>
            <translation>
                <numerusform>%n opportunity</numerusform>
                <numerusform>%n opportunities</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message numerus="yes">
            <source>Too many wrong PINs: wait %n seconds</source>
            <translation>
                <numerusform>Too many wrong PINs: wait %n second</numerusform>
                <numerusform>Too many wrong PINs: wait %n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VehiclesPanel</name>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VersionsPanel</name>
        <message numerus="yes">
            <source>%n day(s) before signing</source>
            <translation>
                <numerusform>%n day before signing</numerusform>
                <numerusform>%n days before signing</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WalkaroundSection</name>
        <message numerus="yes">
            <source>(%n card(s))</source>
            <translation>
                <numerusform>(%n card)</numerusform>
                <numerusform>(%n cards)</numerusform>
            </translation>
        </message>
    </context>
</TS>