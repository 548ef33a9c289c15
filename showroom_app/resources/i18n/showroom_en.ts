<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <name>TodayPage</name>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
    </context>
</TS>