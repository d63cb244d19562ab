<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Abnormal</name>
    <message>
        <location filename="../../screenpop/core/session.py" line="21"/>
        <source>Silent call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/session.py" line="22"/>
        <source>Harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/session.py" line="23"/>
        <source>Dropped call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/session.py" line="24"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="51"/>
        <source>About Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="52"/>
        <source>Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="55"/>
        <source>A desktop client for call-centre agents: softphone, customer card on incoming calls, orders, to-dos and callbacks, working with the back-office CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="60"/>
        <source>Python {0}, Qt for Python {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="62"/>
        <source>Settings: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="64"/>
        <source>Logs: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Address</name>
    <message>
        <location filename="../../forms/address_rules.py" line="105"/>
        <source>Enter the province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="107"/>
        <source>Not a Chinese province; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="109"/>
        <source>Enter the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="111"/>
        <source>The city is limited to 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="113"/>
        <source>Enter the district or county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="115"/>
        <source>The district is limited to 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="117"/>
        <source>Enter the street, number and room (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="119"/>
        <source>The street is limited to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="121"/>
        <source>A postal code has 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressEdit</name>
    <message>
        <location filename="../../forms/address_edit.py" line="66"/>
        <source>Pro&amp;vince</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="67"/>
        <source>Cit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="68"/>
        <source>Dis&amp;trict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="69"/>
        <source>Stree&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="70"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="32"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="33"/>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="34"/>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="35"/>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="38"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="40"/>
        <source>You cannot be Ready now: {0}. You will be Ready again as soon as this is solved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertPresenter</name>
    <message>
        <location filename="../../agent_desktop/features/todo/alert_presenter.py" line="65"/>
        <source>To-do due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/alert_presenter.py" line="65"/>
        <source>{0} to-dos due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <location filename="../../softphone/engine/audio_io.py" line="87"/>
        <source>Audio unavailable: PortAudio is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/audio_io.py" line="117"/>
        <location filename="../../softphone/engine/engine.py" line="325"/>
        <source>Audio unavailable: no sound device found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="281"/>
        <source>Audio unavailable: no sound device configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="284"/>
        <source>Audio opens with the next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="332"/>
        <source>Audio ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallActionsBar</name>
    <message>
        <location filename="../../screenpop/widgets/call_actions.py" line="50"/>
        <source>Mark &amp;abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_actions.py" line="53"/>
        <source>&amp;Block number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallBanner</name>
    <message numerus="yes">
        <location filename="../../screenpop/widgets/call_banner.py" line="177"/>
        <source>%n customers with this number</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="180"/>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="188"/>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="88"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="89"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="90"/>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="104"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="91"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="92"/>
        <source>Transfer to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="93"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="94"/>
        <source>Complete transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="95"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="104"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallListDialog</name>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="77"/>
        <source>Hand to call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="78"/>
        <source>e.g. spring follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="79"/>
        <source>Queue default ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="66"/>
        <source>Counting customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="81"/>
        <source>List &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="81"/>
        <source>Start calling &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="81"/>
        <source>Attempts per &amp;customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="108"/>
        <source>More than {0} customers match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/call_list_dialog.py" line="109"/>
        <source>%n customer(s) will be added.</source>
        <translation>
            <numerusform>%n customer will be added.</numerusform>
            <numerusform>%n customers will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/call_list_dialog.py" line="111"/>
        <source>%n without a phone will be skipped.</source>
        <translation>
            <numerusform>%n without a phone will be skipped.</numerusform>
            <numerusform>%n without a phone will be skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="120"/>
        <source>The customers could not be counted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="140"/>
        <source>At most {0} customers can be handed to a call list at once. Narrow the search (e.g. by region, tag or VIP level) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="146"/>
        <source>Give the call list a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="150"/>
        <source>No customers to add.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackController</name>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="220"/>
        <source>Nobody is waiting for a call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="254"/>
        <source>The call back could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="297"/>
        <source>Another agent is already calling {0}; trying the next caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="301"/>
        <source>This entry is not in the CRM yet; try again after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="306"/>
        <source>The CRM cannot be reached: call backs need it to share the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="310"/>
        <source>The phone is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="332"/>
        <source>The call did not go through; the caller stays in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="355"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="355"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="365"/>
        <source>{0}: called back again at {1} (attempt {2} of {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="371"/>
        <source>{0}: given up after the last attempt ({1} of {2}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackDock</name>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="32"/>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="33"/>
        <source>Hung up while ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="34"/>
        <source>All lines busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="35"/>
        <source>Agent not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="36"/>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="48"/>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="49"/>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="120"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="120"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="120"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="120"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="120"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="122"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="124"/>
        <source>Give back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="126"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="127"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="128"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="129"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="225"/>
        <source>Showing the {0} longest waiting of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="37"/>
        <source>Call list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackFeature</name>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="122"/>
        <source>Call back the longest waiting caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="143"/>
        <source>This caller has no number to call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="343"/>
        <source>Call back due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="343"/>
        <source>{0} call backs due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallerIdentity</name>
    <message>
        <location filename="../../screenpop/core/identity.py" line="82"/>
        <source>Withheld number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/identity.py" line="85"/>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../../screenpop/core/labels.py" line="15"/>
        <source>ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="16"/>
        <source>sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="17"/>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="18"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="19"/>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="20"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="22"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="23"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="24"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="25"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="27"/>
        <source>quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="28"/>
        <source>delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="29"/>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="30"/>
        <source>billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="31"/>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="32"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="34"/>
        <source>order placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="35"/>
        <source>enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="36"/>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="37"/>
        <source>follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="38"/>
        <source>no sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="39"/>
        <source>wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="41"/>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="42"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="43"/>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="44"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="45"/>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="47"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="43"/>
        <source>low</source>
        <extracomment>Default time to resolve by severity.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="44"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="45"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="46"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../forms/complaint_form.py" line="133"/>
        <source>New complaint — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="137"/>
        <source>(no order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="141"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="142"/>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="143"/>
        <source>&amp;Summary *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="144"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="145"/>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="146"/>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="183"/>
        <source>Enter a short summary of the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="52"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="53"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="54"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="55"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="56"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="57"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="200"/>
        <source>{0}: at most {1} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="201"/>
        <source>{0}: not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="211"/>
        <source>Not saved: the complaint could not be written to the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintList</name>
    <message>
        <location filename="../../forms/complaint_list.py" line="142"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="145"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="146"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="148"/>
        <location filename="../../forms/complaint_list.py" line="165"/>
        <source>{0} complaints · {1} open · {2} overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <location filename="../../forms/complaint_list.py" line="53"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="54"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="55"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="56"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="57"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="58"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="91"/>
        <source>{0} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintStatusDialog</name>
    <message>
        <location filename="../../forms/complaint_status.py" line="86"/>
        <source>Complaint status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="87"/>
        <source>What was done, what was agreed with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="88"/>
        <source>New &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="88"/>
        <source>&amp;Note *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="88"/>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="115"/>
        <source>{0} — now {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="124"/>
        <source>{0} — {1} (waiting to sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="143"/>
        <source>Write a note for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="165"/>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsFeature</name>
    <message>
        <location filename="../../agent_desktop/features/complaints/feature.py" line="45"/>
        <source>Co&amp;mplaints...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/complaints/feature.py" line="47"/>
        <source>For supervisors: every complaint, open and overdue ones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/complaints/feature.py" line="81"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="111"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="121"/>
        <source>Could not read the conflicts: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="157"/>
        <source>%n change(s) could not be merged with the CRM: choose which value to keep.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="159"/>
        <source>Nothing to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="180"/>
        <source>Could not resolve: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="190"/>
        <source>Kept your value of {0} for {1}; it will be sent to the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="192"/>
        <source>Kept the server&apos;s value of {0} for {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="196"/>
        <source>Kept your values for %n conflicts; they will be sent to the CRM.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="198"/>
        <source>Kept the server&apos;s values for %n conflicts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="214"/>
        <source>The CRM refused this change; it cannot be sent again as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="216"/>
        <source>Apply your value again; it is sent to the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="223"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="224"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="225"/>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="226"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="227"/>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="228"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="231"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="235"/>
        <source>Whole change (refused by the CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="240"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="241"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="242"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="243"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="244"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="245"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="246"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="247"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="248"/>
        <source>VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="249"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="250"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="251"/>
        <source>Special requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="252"/>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="253"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="254"/>
        <source>Recipient&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="255"/>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="256"/>
        <source>Rush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="257"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="258"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="259"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="260"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="266"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="268"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="268"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="277"/>
        <source>Someone else changed it in the CRM meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="278"/>
        <source>The record keeps changing in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="283"/>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="286"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="287"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="288"/>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="289"/>
        <source>Server&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="290"/>
        <source>Original value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="291"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="294"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="295"/>
        <source>Keep the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="296"/>
        <source>Keep the value the CRM has and drop yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="297"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourierRulesDialog</name>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="73"/>
        <source>Courier rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="74"/>
        <source>Region prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="74"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="74"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="75"/>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="76"/>
        <source>&amp;Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="88"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="121"/>
        <source>Every rule needs a courier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="131"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../agent_desktop/shell/crash_dialog.py" line="19"/>
        <source>Agent Desktop: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/crash_dialog.py" line="20"/>
        <source>Something went wrong. The application will try to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/crash_dialog.py" line="22"/>
        <source>The details were written to the log in {0}. Please send it to your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../../agent_desktop/shell/credentials.py" line="32"/>
        <source>No secure password store is available (the keyring backend is &quot;{0}&quot;). Passwords can only be remembered for this session; install and unlock a system keyring (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain) to store them permanently.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmClient</name>
    <message>
        <location filename="../../crm/client.py" line="104"/>
        <source>The CRM cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="95"/>
        <source>Sign-in to the CRM failed or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="97"/>
        <source>Your role may not do this in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="99"/>
        <source>The CRM has no such record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="103"/>
        <source>The record&apos;s state does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="110"/>
        <source>Someone else changed this record meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="114"/>
        <source>The CRM needs the record version for this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="124"/>
        <source>The CRM refused the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="127"/>
        <source>Too many failed sign-ins: wait a few minutes (an administrator can unlock the account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="133"/>
        <source>The CRM server had an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="134"/>
        <source>Unexpected answer from the CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmLink</name>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="85"/>
        <source>Sync &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="219"/>
        <source>Sign-in to the CRM expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="303"/>
        <source>Wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="308"/>
        <source>No system password store is available: the password is kept only until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="49"/>
        <source>Not signed in to the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="50"/>
        <source>The CRM connection could not be started; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmLoginDialog</name>
    <message>
        <location filename="../../agent_desktop/features/crm_link/login_dialog.py" line="17"/>
        <source>Sign in to the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/login_dialog.py" line="19"/>
        <source>CRM: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/login_dialog.py" line="28"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/login_dialog.py" line="29"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmStatus</name>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="21"/>
        <source>Password not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="22"/>
        <source>No system password store (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain) is available, so the CRM password is kept only until you quit and is asked for again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="37"/>
        <source>{0} to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="39"/>
        <source>{0} to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="42"/>
        <source>CRM online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="43"/>
        <source>Synchronised with the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="46"/>
        <source>CRM syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="48"/>
        <source>Sending changes and fetching updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="51"/>
        <source>CRM offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="55"/>
        <source>Working from the local copy; changes are sent when the CRM is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="59"/>
        <source>CRM sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="60"/>
        <source>CRM stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="92"/>
        <source>CRM connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="94"/>
        <source>Starting the CRM connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="99"/>
        <source>CRM sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="101"/>
        <source>Enter your CRM password in the sign-in window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="105"/>
        <source>CRM unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="121"/>
        <source>First CRM sync: %v / %m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="160"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="161"/>
        <source>Morning (09-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="162"/>
        <source>Afternoon (12-18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="163"/>
        <source>Evening (18-21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="164"/>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="166"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="168"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="169"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="170"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="171"/>
        <source>Sample trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="172"/>
        <source>Follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="173"/>
        <source>Call window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="177"/>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="178"/>
        <source>Recent orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="179"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="179"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="179"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="179"/>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="180"/>
        <source>Open to-dos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="181"/>
        <source>Contact history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="183"/>
        <source>New &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="184"/>
        <source>New co&amp;mplaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="185"/>
        <source>New &amp;to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="186"/>
        <source>&amp;Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="187"/>
        <source>&amp;Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="188"/>
        <source>Dia&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="239"/>
        <source>VIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="244"/>
        <source>Calling from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="244"/>
        <source>Dialled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="288"/>
        <source>Media source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="292"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="293"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="293"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="305"/>
        <source>Open complaints (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="323"/>
        <source>Ordered %1, total %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerChooser</name>
    <message>
        <location filename="../../screenpop/widgets/chooser.py" line="47"/>
        <source>&amp;Show this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/chooser.py" line="48"/>
        <source>None of these: &amp;new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/chooser.py" line="73"/>
        <source>%1 customers use %2. Who is calling?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerConflicts</name>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="67"/>
        <source>Someone else changed these fields meanwhile. Choose which value to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="72"/>
        <source>{0}: theirs “{1}”, yours “{2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="80"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="81"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../forms/customer_form.py" line="136"/>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="136"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="137"/>
        <source>Comma-separated, e.g. tv, elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="138"/>
        <source>Accepts sample trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="139"/>
        <source>Agreed to follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="141"/>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="142"/>
        <source>Phones *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="143"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="144"/>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="145"/>
        <source>&amp;VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="146"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="147"/>
        <source>Preferred call window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="148"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="153"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="154"/>
        <source>Morning (09-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="155"/>
        <source>Afternoon (12-18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="156"/>
        <source>Evening (18-21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="157"/>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="229"/>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="231"/>
        <source>Enter at least one phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="233"/>
        <source>Correct the phone numbers marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="235"/>
        <source>Correct the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="259"/>
        <source>Already belongs to another customer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="273"/>
        <source>Check the duplicate phone warning, then save again to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="305"/>
        <source>Saved, except the fields someone else changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="312"/>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../forms/order_customer_picker.py" line="48"/>
        <source>Name or phone, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangeEdit</name>
    <message>
        <location filename="../../forms/search_conditions.py" line="50"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="50"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../softphone/qt/dial_pad.py" line="57"/>
        <source>Number or SIP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/dial_pad.py" line="58"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/dial_pad.py" line="59"/>
        <source>Redial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="17"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="18"/>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="19"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="20"/>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="21"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="22"/>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="23"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="24"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineButtons</name>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="17"/>
        <source>Dialling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="18"/>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="19"/>
        <source>Ringing out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="20"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="21"/>
        <source>Talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="22"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="28"/>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="61"/>
        <source>Line %1: free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogisticsExport</name>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="27"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="28"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="29"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="30"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="31"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="32"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="33"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="34"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="35"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="36"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="37"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="38"/>
        <source>Sorting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="39"/>
        <source>Hand-over date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="40"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="41"/>
        <source>Total (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="42"/>
        <source>Rush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="43"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="44"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogisticsFeature</name>
    <message>
        <location filename="../../agent_desktop/features/logistics/feature.py" line="38"/>
        <source>&amp;Logistics: sorting and shipping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/feature.py" line="54"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/feature.py" line="60"/>
        <source>Logistics: sorting and shipping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogisticsLabels</name>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="15"/>
        <source>Express courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="16"/>
        <source>Standard courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="17"/>
        <source>Post (China Post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="18"/>
        <source>Self-pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="23"/>
        <source>Waiting for sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="24"/>
        <source>Sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="25"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="26"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="27"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="28"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="32"/>
        <source>Rush</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogisticsView</name>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="168"/>
        <source>Waiting for sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="168"/>
        <source>Sorted, waiting for shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="168"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="172"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="173"/>
        <source>&amp;Automatic by rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="174"/>
        <source>Assign &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="175"/>
        <source>Confirm s&amp;orting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="176"/>
        <source>Confirm s&amp;hipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="177"/>
        <source>Selection &amp;delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="178"/>
        <source>Selection re&amp;turned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="179"/>
        <source>Courier r&amp;ules...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="180"/>
        <source>Export &amp;Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="181"/>
        <source>Export &amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="182"/>
        <source>Export &amp;TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="185"/>
        <source>Type or pick a courier; Enter gives it to the selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="186"/>
        <source>Sorting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="187"/>
        <source>Hand-over date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="215"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="276"/>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="293"/>
        <source>Confirm sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="293"/>
        <source>Confirm shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="353"/>
        <source>%1 couriers chosen by the rules; %2 orders still without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="364"/>
        <source>Type or pick a courier first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="368"/>
        <source>Select the orders that go with %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="374"/>
        <source>%1 chosen for %2 orders; confirm to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="380"/>
        <source>The courier of shipped orders cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="397"/>
        <source>Choose a courier for at least one order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="405"/>
        <source>%1 orders sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="418"/>
        <source>Enter the tracking numbers of the parcels first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="425"/>
        <source>%1 orders shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="437"/>
        <source>Select shipped orders first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="442"/>
        <source>%1 orders updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="459"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="460"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="461"/>
        <source>Tab-separated text (*.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="464"/>
        <source>Export the sorting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="489"/>
        <source>%1 orders exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desktop/features/phone/__init__.py" line="15"/>
        <source>Softphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/__init__.py" line="16"/>
        <source>No phone line yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/__init__.py" line="17"/>
        <source>The dial pad, your phone lines and the call controls (answer, hold, transfer, mute) will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/__init__.py" line="17"/>
        <source>Customer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/__init__.py" line="18"/>
        <source>No caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/__init__.py" line="19"/>
        <source>When a call rings, the caller&apos;s card pops up here: who they are, past contacts, orders, complaints and preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/__init__.py" line="18"/>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/__init__.py" line="19"/>
        <source>Nothing to do yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/__init__.py" line="20"/>
        <source>Your tasks and alerts will be listed here once the CRM is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/__init__.py" line="18"/>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/__init__.py" line="19"/>
        <source>No callbacks scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/__init__.py" line="20"/>
        <source>Customers waiting for you to call back will be listed here, soonest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="34"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="35"/>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="36"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="37"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="38"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="49"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/__init__.py" line="26"/>
        <source>SIP: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/__init__.py" line="11"/>
        <source>CRM: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/__init__.py" line="27"/>
        <source>Audio: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/i18n.py" line="76"/>
        <location filename="../../agent_desktop/shell/main_window.py" line="278"/>
        <location filename="../../main.py" line="33"/>
        <source>Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="51"/>
        <source>{0} ●{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="287"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="288"/>
        <source>&amp;Import settings from IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="289"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="290"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="291"/>
        <source>&amp;About Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="292"/>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="293"/>
        <source>Agent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="294"/>
        <source>Agent state tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="295"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="303"/>
        <source>Agent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="305"/>
        <source>Agent state since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="154"/>
        <source>Could not start: {0}. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="193"/>
        <source>Import settings from IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="195"/>
        <source>Settings bundles (*.toml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="215"/>
        <source>Settings not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="216"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="223"/>
        <source>Imported {0} settings from {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/access.py" line="10"/>
        <source>Sign in to the CRM first: only supervisors may listen to, whisper to or barge into calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/access.py" line="13"/>
        <source>Only supervisors and administrators may listen to, whisper to or barge into agents&apos; calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/dial.py" line="20"/>
        <source>Your PBX has no feature code for this: the setting {0} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/dial.py" line="21"/>
        <source>The setting {0} is not a valid dial string: only {{extension}} and {{username}} may be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/dial.py" line="24"/>
        <source>No extension is known for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/dial.py" line="25"/>
        <source>No user name is known for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/dial.py" line="26"/>
        <source>Cannot dial {0} for {1}: a dial string may hold only digits, letters, * # + and - _ . ! ~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/dial.py" line="29"/>
        <source>The phone is not running yet; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/dial.py" line="30"/>
        <source>No PBX is set up: feature codes need the registrar or the outbound proxy (Settings, SIP account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="36"/>
        <source>Listen (nobody hears you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="37"/>
        <source>Listening to {0}&apos;s call: nobody hears you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="38"/>
        <source>Could not listen to {0}&apos;s call: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="39"/>
        <source>Stopped listening to {0}&apos;s call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="40"/>
        <source>Your supervisor is listening to this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="43"/>
        <source>Whisper (only the agent hears you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="44"/>
        <source>Whispering to {0}: only the agent hears you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="45"/>
        <source>Could not whisper to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="46"/>
        <source>Stopped whispering to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="47"/>
        <source>Your supervisor is coaching you on this call (the customer does not hear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="50"/>
        <source>Barge (agent and customer hear you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="51"/>
        <source>In {0}&apos;s call: the agent and the customer hear you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="52"/>
        <source>Could not join {0}&apos;s call: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="53"/>
        <source>Left {0}&apos;s call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="54"/>
        <source>Your supervisor joined this call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorDialog</name>
    <message>
        <location filename="../../agent_desktop/features/monitor/dialog.py" line="56"/>
        <source>Monitor an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/dialog.py" line="57"/>
        <source>Agent&apos;s &amp;extension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/dialog.py" line="58"/>
        <source>The agent&apos;s phone extension or SIP user, e.g. 1001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/dialog.py" line="59"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/dialog.py" line="63"/>
        <source>&amp;Dial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorFeature</name>
    <message>
        <location filename="../../agent_desktop/features/monitor/feature.py" line="65"/>
        <source>Monitor an agent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/feature.py" line="112"/>
        <source>Dialling {0} for {1}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/feature.py" line="143"/>
        <source>the call did not go through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCallerForm</name>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="79"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="79"/>
        <source>N&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="79"/>
        <source>&amp;City (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="79"/>
        <source>&amp;Address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="82"/>
        <source>&amp;Save customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="101"/>
        <source>New caller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="128"/>
        <source>Enter the caller&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="132"/>
        <source>This is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="148"/>
        <source>Please check the fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../forms/order_form_layout.py" line="69"/>
        <source>Express courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="70"/>
        <source>Standard courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="71"/>
        <source>Post (China Post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="72"/>
        <source>Self-pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="73"/>
        <source>Cash on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="74"/>
        <source>Online payment: Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="75"/>
        <source>Online payment: WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="76"/>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="77"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="82"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="83"/>
        <source>18-character unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="84"/>
        <source>R&amp;ush order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="85"/>
        <source>&amp;Submit order (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="86"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="87"/>
        <source>Cancel this &amp;order...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="90"/>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="88"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="91"/>
        <source>&amp;Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="92"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="93"/>
        <source>Recipient p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="94"/>
        <source>&amp;Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="95"/>
        <source>&amp;Media source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="96"/>
        <source>&amp;Invoice title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="97"/>
        <source>Ta&amp;x id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="98"/>
        <source>Special &amp;requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="138"/>
        <source>Total: ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="154"/>
        <source>The quantity must be at least 1; to remove the line, select it and press Delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="359"/>
        <source>Discard order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="360"/>
        <source>Discard what you typed in this order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="386"/>
        <source>Cancel order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="387"/>
        <source>Cancel order %1? The customer will not receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="421"/>
        <source>The CRM refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="442"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="446"/>
        <source>Order %1 (provisional number, not yet confirmed by the CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="448"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="450"/>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="455"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="181"/>
        <source>Choose the customer (search by name or phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="183"/>
        <source>Add at least one product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="185"/>
        <source>An order has at most 50 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="188"/>
        <source>The quantity must be between 1 and 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="190"/>
        <source>Only %1 in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="192"/>
        <source>The discount is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="194"/>
        <source>Choose how the order is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="204"/>
        <source>Not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="206"/>
        <source>Choose how the customer pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="210"/>
        <source>A unified social credit code has 18 characters (now %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="214"/>
        <source>Only digits and capital letters except I, O, S, V and Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="216"/>
        <source>The check character is wrong: look for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="218"/>
        <source>An invoice with a tax id needs a title (company name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="220"/>
        <source>The invoice title is limited to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="222"/>
        <source>Special requests are limited to 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <location filename="../../forms/order_lines_model.py" line="44"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="45"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="46"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="47"/>
        <source>Price ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="48"/>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="49"/>
        <source>Total ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="132"/>
        <source>%1 in stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderLookup</name>
    <message>
        <location filename="../../forms/order_lookup.py" line="50"/>
        <source>Order number (SO… or L…) or the customer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="53"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="54"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="55"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="56"/>
        <source>Total ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="57"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="58"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="61"/>
        <source>&amp;Find order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="73"/>
        <source>%1 orders found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="75"/>
        <source>No order with this number or phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../crm/store/orders.py" line="32"/>
        <source>This order has left the warehouse (or was cancelled); it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersFeature</name>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="83"/>
        <source>&amp;New order...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="85"/>
        <source>Order &amp;lookup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="141"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="149"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="230"/>
        <source>Unfinished orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="231"/>
        <source>%1 order(s) were not submitted last time:
%2
Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="237"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="238"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="239"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="308"/>
        <source>Order lookup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="42"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="43"/>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="44"/>
        <source>Hold / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="45"/>
        <source>Mute / unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="46"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="74"/>
        <source>SIP: starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="133"/>
        <source>SIP: restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="289"/>
        <source>Audio: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="291"/>
        <source>Audio: in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="48"/>
        <source>Call me from a demo customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="270"/>
        <source>SIP: ready on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="278"/>
        <source>Next attempt in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="293"/>
        <source>Audio unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/availability.py" line="32"/>
        <source>phone unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/availability.py" line="95"/>
        <source>{0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/availability.py" line="97"/>
        <source>Another program, or Agent Desktop on another profile, may hold port {0}. To use another port: Tools &gt; Settings &gt; SIP account &gt; Local port, or start with --set sip.local_port=N (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/availability.py" line="104"/>
        <source>Next attempt at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/availability.py" line="121"/>
        <source>SIP: trying again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneFeature</name>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="223"/>
        <source>No demo call: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="225"/>
        <source>No demo call: the phone is still starting. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="227"/>
        <source>A demo call is already on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="230"/>
        <source>No demo call: calls ring only while you are Ready. Choose Ready first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <location filename="../../crm/phones.py" line="57"/>
        <location filename="../../crm/phones.py" line="63"/>
        <source>Not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/phones.py" line="59"/>
        <source>Phone number is too long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonesEdit</name>
    <message>
        <location filename="../../forms/customer_phones.py" line="30"/>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="31"/>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="32"/>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="33"/>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="34"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="71"/>
        <location filename="../../forms/customer_phones.py" line="151"/>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="82"/>
        <location filename="../../forms/customer_phones.py" line="153"/>
        <source>Remove this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="146"/>
        <source>Not a valid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="147"/>
        <source>This number is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pop</name>
    <message>
        <location filename="../../screenpop/core/lookup.py" line="78"/>
        <source>The customer id sent with the call is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/record_source.py" line="109"/>
        <source>Abnormal call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../agent_desktop/features/presence/core/machine.py" line="121"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/machine.py" line="124"/>
        <source>The desktop cannot take calls now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="24"/>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="25"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="26"/>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="27"/>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="28"/>
        <source>On call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="29"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="30"/>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="50"/>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="51"/>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="52"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="53"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="54"/>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="55"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="56"/>
        <source>Phone unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="57"/>
        <source>Headset unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="58"/>
        <source>Away (screen locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="59"/>
        <source>Wrap-up time ran out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductLookup</name>
    <message>
        <location filename="../../forms/product_lookup.py" line="65"/>
        <source>SKU, name or pinyin initials (e.g. amy for 按摩椅)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/product_lookup.py" line="66"/>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/product_lookup.py" line="67"/>
        <source>&amp;Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/product_lookup.py" line="79"/>
        <source>%1  %2  ¥%3  stock %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityIndicator</name>
    <message>
        <location filename="../../softphone/qt/quality_indicator.py" line="30"/>
        <source>Quality: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/quality_indicator.py" line="33"/>
        <source>Jitter %1 ms, loss %2 %, round trip %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentPopsList</name>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="28"/>
        <location filename="../../screenpop/widgets/recent_pops.py" line="64"/>
        <source>Recent pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="50"/>
        <source>(no call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="52"/>
        <source>(wrap-up pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="54"/>
        <source>(in call)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <location filename="../../softphone/engine/engine.py" line="54"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="56"/>
        <source>Registration refused: the registrar&apos;s TLS certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="58"/>
        <source>Registration refused: wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="60"/>
        <source>Registrar not reachable; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="62"/>
        <source>Unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="63"/>
        <source>Registration failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPopDock</name>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="134"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="135"/>
        <source>The CRM cannot be reached: this card comes from the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="136"/>
        <source>The customer card appears here when a call rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="311"/>
        <source>Opened without a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="313"/>
        <source>Not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="313"/>
        <source>Not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="316"/>
        <source>Call finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="318"/>
        <source>Call ended: wrap-up pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="320"/>
        <source>In call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="322"/>
        <source>Dialling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="324"/>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="326"/>
        <source>(marked abnormal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchConditions</name>
    <message>
        <location filename="../../forms/search_conditions.py" line="118"/>
        <source>Name or pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="119"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="120"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="121"/>
        <source>Province, city or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="122"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="123"/>
        <source>Product bought (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="142"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="144"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="144"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="124"/>
        <source>VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="125"/>
        <source>VIP level at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="126"/>
        <source>Accepts sample trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="127"/>
        <source>Agreed to follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="128"/>
        <source>Preferred call window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="129"/>
        <source>Has a complaint that is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="130"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="131"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="146"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="147"/>
        <source>Morning (09-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="148"/>
        <source>Afternoon (12-18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="149"/>
        <source>Evening (18-21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="150"/>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="151"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="152"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="153"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="154"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="170"/>
        <source>The date range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="176"/>
        <source>Invalid condition {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchExport</name>
    <message>
        <location filename="../../forms/search_export.py" line="20"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="21"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="22"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="23"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="24"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="25"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="26"/>
        <source>VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="27"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="28"/>
        <source>Accepts samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="29"/>
        <source>Follow-up opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="30"/>
        <source>Call window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="31"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="32"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="33"/>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <location filename="../../agent_desktop/features/search/feature.py" line="60"/>
        <source>&amp;Find customers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/search/feature.py" line="63"/>
        <source>New &amp;customer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/search/feature.py" line="108"/>
        <source>The CRM is not ready yet; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/search/feature.py" line="120"/>
        <source>Find customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../forms/search_panel.py" line="148"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="149"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="150"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="151"/>
        <source>Save search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="152"/>
        <source>Delete saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="153"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="183"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="196"/>
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>%n customer shown</numerusform>
            <numerusform>%n customers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="198"/>
        <source>%n found locally, more on demand</source>
        <translation>
            <numerusform>%n found locally, more on demand</numerusform>
            <numerusform>%n found locally, more on demand</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="205"/>
        <source>CRM not searched: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="240"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="240"/>
        <source>Name of this search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="254"/>
        <source>Search first, then export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="258"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="262"/>
        <source>%n customer(s) exported</source>
        <translation>
            <numerusform>%n customer exported</numerusform>
            <numerusform>%n customers exported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="267"/>
        <source>Export failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="273"/>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="273"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="154"/>
        <source>Hand to call list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="156"/>
        <source>Put every customer found on an outbound call list, worked through the Call Back queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="287"/>
        <source>Search first, then hand the results to a call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="321"/>
        <source>Adding customers to call list {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="333"/>
        <source>Not added to the call list: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="343"/>
        <source>%n customer(s) added to call list {0}</source>
        <translation>
            <numerusform>%n customer added to call list {0}</numerusform>
            <numerusform>%n customers added to call list {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="346"/>
        <source>%n without a phone skipped</source>
        <translation>
            <numerusform>%n without a phone skipped</numerusform>
            <numerusform>%n without a phone skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="348"/>
        <source>%n already on the list</source>
        <translation>
            <numerusform>%n already on the list</numerusform>
            <numerusform>%n already on the list</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="350"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="350"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../forms/search_results_model.py" line="78"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="79"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="80"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="81"/>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="82"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="83"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="84"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="86"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="86"/>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="101"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="103"/>
        <source>must not contain spaces or any of @ : &lt; &gt; &quot; &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="110"/>
        <source>must be 0 (ring until the caller hangs up) or at least 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="123"/>
        <source>must be a host name or address, without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="156"/>
        <source>must start with http:// or https:// (or be empty for the embedded back office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="161"/>
        <source>must not contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="169"/>
        <source>must be a two-letter country code such as CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="222"/>
        <source>may hold only digits, letters, * # + - _ . ! ~ and {extension} or {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="27"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="29"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="84"/>
        <source>unknown setting {0}: sections are {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="89"/>
        <source>unknown setting {0}: keys of [{1}] are {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="112"/>
        <source>{0}: expected a table of sections ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="117"/>
        <source>{0}: [{1}] must be a table of settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="135"/>
        <source>{0}: not a JSON list: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="168"/>
        <source>{0}: cannot read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="91"/>
        <source>{0} is set by your administrator and cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="125"/>
        <source>set by your administrator and cannot be changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="152"/>
        <source>{0}: these keys are set by your administrator: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="162"/>
        <source>{0}: the settings file {1} cannot be written: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="56"/>
        <source>{0}: no such policy file (named by {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="89"/>
        <source>{0}: &apos;locked&apos; must be a list of setting names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="111"/>
        <source>{0}: &apos;{1}&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="119"/>
        <source>{0}: unknown section [{1}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="25"/>
        <source>{0}: cannot fetch the settings bundle: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="26"/>
        <source>{0}: the settings bundle is larger than {1} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="73"/>
        <source>{0}: the settings bundle is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="85"/>
        <source>{0}: the settings bundle must be a table of sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="88"/>
        <source>{0}: not valid TOML or JSON ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="104"/>
        <source>{0}: cannot read the settings bundle: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="55"/>
        <source>line {0}, column {1}: the file is not valid TOML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="56"/>
        <source>at the end of the file: the file is not valid TOML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="57"/>
        <source>the file is not valid TOML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="58"/>
        <source>line {0}, column {1}: the file is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="59"/>
        <source>the file is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="60"/>
        <source>error at character {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="61"/>
        <source>line {0}: the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="99"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="100"/>
        <source>a part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="101"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="102"/>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="127"/>
        <source>the server answered {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="128"/>
        <source>the proxy server answered {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="130"/>
        <source>bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="131"/>
        <source>sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="132"/>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="133"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="134"/>
        <source>proxy sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="135"/>
        <source>request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="136"/>
        <source>no longer available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="137"/>
        <source>too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="138"/>
        <source>internal server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="139"/>
        <source>bad gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="140"/>
        <source>service unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="141"/>
        <source>gateway timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="144"/>
        <source>redirection not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="145"/>
        <source>request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="146"/>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="148"/>
        <source>unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="149"/>
        <source>the server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="150"/>
        <source>the server name {0} cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="151"/>
        <source>the download took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="152"/>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="153"/>
        <source>the download was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="154"/>
        <source>the server&apos;s answer could not be understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="155"/>
        <source>the server&apos;s certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="156"/>
        <source>the secure connection to the server failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="157"/>
        <source>the address is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy_registry.py" line="78"/>
        <source>{0}: {1} has a registry type this setting cannot take</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="86"/>
        <source>No system password store is available: passwords are kept only until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="97"/>
        <source>The password store is not available: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="123"/>
        <source>Looking for audio devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="125"/>
        <source>No audio devices found. Calls will use the system default once a device is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="127"/>
        <source>Audio devices could not be listed (is PortAudio installed?). The system default will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="139"/>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="141"/>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="143"/>
        <source>Must be at most {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="145"/>
        <source>Must be at least {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="147"/>
        <source>Must be more than {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="159"/>
        <source>{0} is already used for &quot;{1}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="227"/>
        <source>Not saved: tick the session-only box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="229"/>
        <source>Not saved: the password store failed ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="246"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="249"/>
        <source>Remember passwords for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="32"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="35"/>
        <source>Registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="36"/>
        <source>Host name or address of your phone system; empty: no registration (direct calls only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="40"/>
        <location filename="../../agent_desktop/settings/pages.py" line="164"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="41"/>
        <location filename="../../agent_desktop/settings/pages.py" line="165"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="44"/>
        <source>Authentication name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="45"/>
        <source>Only when it differs from the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="47"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="48"/>
        <source>Outbound proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="49"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="52"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="55"/>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="56"/>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="57"/>
        <source>TLS (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="62"/>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="64"/>
        <source>Empty: automatic (5070 without a registrar, any free port with one). 0: any free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="71"/>
        <source>Bind address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="72"/>
        <source>Empty: automatic (this PC only without a registrar or proxy, otherwise all its addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="77"/>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="78"/>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="81"/>
        <source>Media encryption (SRTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="84"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="85"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="86"/>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="91"/>
        <source>STUN servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="93"/>
        <source>Separate several with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="95"/>
        <source>Use ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="96"/>
        <source>TURN server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="97"/>
        <source>TURN user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="98"/>
        <source>Registration retry (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="101"/>
        <source>Longest registration retry (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="103"/>
        <source>While the registrar does not answer; the phone registers again at most this long after it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="110"/>
        <source>Renew registration every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="112"/>
        <source>Heals a registrar restart within this time; 0: only shortly before the registration expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="117"/>
        <source>Registration lifetime (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="118"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="119"/>
        <source>Phone lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="120"/>
        <source>Answer calls automatically when Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="121"/>
        <source>SIP response to blocked callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="124"/>
        <source>Stop ringing after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="126"/>
        <source>An unanswered call then ends and its caller is listed for a call back; 0: ring until the caller hangs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="133"/>
        <source>Wrap-up after unanswered and rejected calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="135"/>
        <source>Otherwise a call that was never answered is logged at once, without a wrap-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="142"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="143"/>
        <source>Speaker / headset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="144"/>
        <source>Ringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="145"/>
        <source>Ringtone volume (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="148"/>
        <source>Sound when a to-do or call back falls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="150"/>
        <source>Played on the ringer; the tray message and the tab&apos;s badge come either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="159"/>
        <source>CRM address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="160"/>
        <source>For example https://crm.example.com; empty: the built-in local back office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="168"/>
        <source>Default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="169"/>
        <source>Two-letter country code used for numbers without a country prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="171"/>
        <source>Request timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="172"/>
        <source>Sync interval (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="178"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="181"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="182"/>
        <source>Chinese (Simplified) - 简体中文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="183"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="185"/>
        <source>The window switches language as soon as you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="189"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="192"/>
        <source>As the system (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="193"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="194"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="200"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="201"/>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="202"/>
        <source>Hold / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="203"/>
        <source>Mute / unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="204"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="208"/>
        <source>SIP account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="209"/>
        <source>Audio devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="210"/>
        <source>CRM connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="211"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="212"/>
        <source>Hotkeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="150"/>
        <source>Not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="214"/>
        <source>Not saved: the settings were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="218"/>
        <source>Not saved: the settings file {0} could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="206"/>
        <source>{0} (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="229"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="232"/>
        <source>Unchanged; type to set a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="234"/>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="235"/>
        <source>This setting is set by your administrator and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../agent_desktop/features/todo/snooze_dialog.py" line="33"/>
        <source>Snooze to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/snooze_dialog.py" line="34"/>
        <source>Remind me again at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Softphone</name>
    <message>
        <location filename="../../softphone/engine/commands.py" line="19"/>
        <source>All lines are in use: hang up a call before dialling another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/commands.py" line="22"/>
        <source>No PBX (registrar or proxy) is set up to reach a number: enter a full SIP address (sip:user@host) or set the registrar in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/commands.py" line="28"/>
        <source>That is not a number or SIP address the phone can call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/commands.py" line="30"/>
        <source>The phone could not find the server of that address: check the address, the PBX and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/commands.py" line="34"/>
        <source>That call no longer exists: it has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/events.py" line="165"/>
        <source>The phone could not do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="197"/>
        <source>The phone could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/events.py" line="159"/>
        <source>The phone could not start: its SIP port is in use or the address is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/texts.py" line="24"/>
        <source>The phone could not do that: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoftphoneDock</name>
    <message>
        <location filename="../../softphone/qt/softphone_dock.py" line="85"/>
        <source>Mic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/softphone_dock.py" line="86"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/softphone_dock.py" line="87"/>
        <source>Recent calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../main.py" line="17"/>
        <source>the system policy file is invalid, ask your IT support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main.py" line="18"/>
        <source>settings bundle not imported (nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="37"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="38"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="39"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="40"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="41"/>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="42"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoBanner</name>
    <message>
        <location filename="../../agent_desktop/features/todo/banner.py" line="49"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/banner.py" line="50"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/banner.py" line="66"/>
        <source>Due: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/banner.py" line="68"/>
        <source>(+{0} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoDock</name>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="145"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="146"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="147"/>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="148"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="149"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="152"/>
        <source>By due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="153"/>
        <source>By priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="154"/>
        <source>By title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="155"/>
        <source>By creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="165"/>
        <source>Show done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="166"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="167"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="168"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="169"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="170"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="172"/>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="173"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="174"/>
        <source>Tomorrow 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="175"/>
        <source>Choose a time…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoFeature</name>
    <message>
        <location filename="../../agent_desktop/features/todo/feature.py" line="87"/>
        <source>New to-do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/feature.py" line="229"/>
        <source>The to-do could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/feature.py" line="293"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoForm</name>
    <message>
        <location filename="../../forms/todo_form.py" line="97"/>
        <source>Edit to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="97"/>
        <source>New to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="98"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="100"/>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="101"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="103"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="104"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="105"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="106"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="110"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="112"/>
        <source>My team ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="114"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="115"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="116"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="117"/>
        <source>Due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="118"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="119"/>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="120"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="195"/>
        <source>Enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="21"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="22"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="23"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="24"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="25"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="28"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="29"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="30"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="31"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="33"/>
        <source>Team {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../agent_desktop/shell/tray.py" line="54"/>
        <source>Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/tray.py" line="55"/>
        <source>Hide window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/tray.py" line="55"/>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/tray.py" line="56"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnconfirmedBox</name>
    <message>
        <location filename="../../agent_desktop/features/logistics/unconfirmed_box.py" line="33"/>
        <source>Unconfirmed changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/unconfirmed_box.py" line="34"/>
        <source>%1 orders have a courier or tracking number that is not confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/unconfirmed_box.py" line="35"/>
        <source>Confirm them now, discard them, or cancel and go on editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/unconfirmed_box.py" line="38"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/unconfirmed_box.py" line="40"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="14"/>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="19"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="20"/>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="53"/>
        <source>In wrap-up longer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="54"/>
        <source>Not ready (%2) longer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="55"/>
        <source>Desktop not heard from: disconnected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallboardFeature</name>
    <message>
        <location filename="../../agent_desktop/features/wallboard/feature.py" line="38"/>
        <source>&amp;Wallboard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/feature.py" line="61"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/feature.py" line="70"/>
        <source>Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallboardModel</name>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="26"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="27"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="28"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="29"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="30"/>
        <source>Time in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="31"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="33"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallboardView</name>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="177"/>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="236"/>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="241"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="193"/>
        <source>Agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="202"/>
        <source>%1: %2 agents, the longest for %3 (mm:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="207"/>
        <source>Stuck: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="210"/>
        <source>In wrap-up or Not ready longer than allowed, or disconnected: shown first, in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="219"/>
        <source>The board could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="222"/>
        <source>The wallboard is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="225"/>
        <source>%1 Trying again in %2 s; until then the board may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="233"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="234"/>
        <source>Show the agents of one team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUp</name>
    <message>
        <location filename="../../forms/wrapup_result.py" line="57"/>
        <source>Choose how the call ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="59"/>
        <source>Notes are limited to 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="63"/>
        <source>Give the follow-up a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="65"/>
        <source>The title is limited to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="68"/>
        <source>The follow-up must be due in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <location filename="../../forms/wrapup_form.py" line="135"/>
        <source>Order placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="136"/>
        <source>Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="137"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="138"/>
        <source>Follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="139"/>
        <source>No sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="140"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="145"/>
        <location filename="../../forms/wrapup_form.py" line="188"/>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="134"/>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="153"/>
        <source>Create a &amp;follow-up to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="147"/>
        <source>&amp;Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="148"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="149"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="150"/>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="154"/>
        <source>&amp;Submit wrap-up (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="145"/>
        <location filename="../../forms/wrapup_form.py" line="188"/>
        <source>Wrap-up: outgoing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="213"/>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
