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
        <location filename="../../agent_desktop/shell/about_dialog.py" line="25"/>
        <source>About Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="30"/>
        <source>Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="33"/>
        <source>A desktop client for call-centre agents: softphone, customer card on incoming calls, orders, to-dos and callbacks, working with the back-office CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="39"/>
        <source>Python {0}, Qt for Python {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="41"/>
        <source>Settings: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="43"/>
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
        <location filename="../../forms/address_edit.py" line="51"/>
        <source>Pro&amp;vince</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="52"/>
        <source>Cit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="53"/>
        <source>Dis&amp;trict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="54"/>
        <source>Stree&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="55"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="26"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="27"/>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="28"/>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="29"/>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertPresenter</name>
    <message>
        <location filename="../../agent_desktop/features/todo/alert_presenter.py" line="61"/>
        <source>To-do due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/alert_presenter.py" line="61"/>
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
        <location filename="../../softphone/engine/engine.py" line="305"/>
        <source>Audio unavailable: no sound device found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="261"/>
        <source>Audio unavailable: no sound device configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="264"/>
        <source>Audio opens with the next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="312"/>
        <source>Audio ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallActionsBar</name>
    <message>
        <location filename="../../screenpop/widgets/call_actions.py" line="31"/>
        <source>Mark &amp;abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_actions.py" line="40"/>
        <source>&amp;Block number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="73"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="74"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="75"/>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="89"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="76"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="77"/>
        <source>Transfer to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="78"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="79"/>
        <source>Complete transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="80"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="89"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallListDialog</name>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="35"/>
        <source>Hand to call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="40"/>
        <source>e.g. spring follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="48"/>
        <source>Queue default ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="49"/>
        <source>Counting customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="64"/>
        <source>List &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="65"/>
        <source>Start calling &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="66"/>
        <source>Attempts per &amp;customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="83"/>
        <source>More than {0} customers match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/call_list_dialog.py" line="85"/>
        <source>%n customer(s) will be added.</source>
        <translation>
            <numerusform>%n customer will be added.</numerusform>
            <numerusform>%n customers will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/call_list_dialog.py" line="87"/>
        <source>%n without a phone will be skipped.</source>
        <translation>
            <numerusform>%n without a phone will be skipped.</numerusform>
            <numerusform>%n without a phone will be skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="93"/>
        <source>The customers could not be counted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="112"/>
        <source>At most {0} customers can be handed to a call list at once. Narrow the search (e.g. by region, tag or VIP level) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="118"/>
        <source>Give the call list a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="122"/>
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
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="115"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="115"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="115"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="115"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="115"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="117"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="119"/>
        <source>Give back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="121"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="122"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="123"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="124"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="202"/>
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
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="115"/>
        <source>Call back the longest waiting caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="136"/>
        <source>This caller has no number to call back.</source>
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
        <location filename="../../forms/complaint_form.py" line="42"/>
        <source>low</source>
        <extracomment>Default time to resolve by severity.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="43"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="44"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="45"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../forms/complaint_form.py" line="87"/>
        <source>New complaint — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="99"/>
        <source>(no order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="117"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="118"/>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="119"/>
        <source>&amp;Summary *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="120"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="121"/>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="122"/>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="150"/>
        <source>Enter a short summary of the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="51"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="52"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="53"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="54"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="55"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="56"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="166"/>
        <source>{0}: at most {1} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="167"/>
        <source>{0}: not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="177"/>
        <source>Not saved: the complaint could not be written to the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintList</name>
    <message>
        <location filename="../../forms/complaint_list.py" line="104"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="107"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="108"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="136"/>
        <source>{0} complaints · {1} open · {2} overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <location filename="../../forms/complaint_list.py" line="47"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="48"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="49"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="50"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="51"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="52"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="80"/>
        <source>{0} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintStatusDialog</name>
    <message>
        <location filename="../../forms/complaint_status.py" line="51"/>
        <source>Complaint status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="58"/>
        <source>What was done, what was agreed with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="70"/>
        <source>New &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="71"/>
        <source>&amp;Note *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="72"/>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="86"/>
        <source>{0} — now {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="98"/>
        <source>{0} — {1} (waiting to sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="116"/>
        <source>Write a note for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="138"/>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsFeature</name>
    <message>
        <location filename="../../agent_desktop/features/complaints/feature.py" line="44"/>
        <source>Co&amp;mplaints...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/complaints/feature.py" line="46"/>
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
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="43"/>
        <source>Courier rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="47"/>
        <source>Delivery (empty = any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="47"/>
        <source>Region prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="47"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="52"/>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="54"/>
        <source>&amp;Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="97"/>
        <source>Every rule needs a courier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="107"/>
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
        <location filename="../../agent_desktop/shell/credentials.py" line="29"/>
        <source>No secure password store is available (the keyring backend is &quot;{0}&quot;). Passwords can only be remembered for this session; install and unlock a system keyring (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain) to store them permanently.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmClient</name>
    <message>
        <location filename="../../crm/client.py" line="117"/>
        <source>The CRM cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="88"/>
        <source>Sign-in to the CRM failed or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="90"/>
        <source>Your role may not do this in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="92"/>
        <source>The CRM has no such record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="96"/>
        <source>The record&apos;s state does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="103"/>
        <source>Someone else changed this record meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="107"/>
        <source>The CRM needs the record version for this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="117"/>
        <source>The CRM refused the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="119"/>
        <source>The CRM server had an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="120"/>
        <source>Unexpected answer from the CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmLink</name>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="73"/>
        <source>Sync &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="200"/>
        <source>Sign-in to the CRM expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="251"/>
        <source>Wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="46"/>
        <source>Not signed in to the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="47"/>
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
        <location filename="../../agent_desktop/features/crm_link/status.py" line="24"/>
        <source>{0} to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="26"/>
        <source>{0} to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="29"/>
        <source>CRM online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="30"/>
        <source>Synchronised with the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="33"/>
        <source>CRM syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="35"/>
        <source>Sending changes and fetching updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="38"/>
        <source>CRM offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="42"/>
        <source>Working from the local copy; changes are sent when the CRM is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="46"/>
        <source>CRM sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="47"/>
        <source>CRM stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="60"/>
        <source>CRM connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="60"/>
        <source>Starting the CRM connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="63"/>
        <source>CRM unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="78"/>
        <source>First CRM sync: %v / %m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="73"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="74"/>
        <source>Morning (09-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="75"/>
        <source>Afternoon (12-18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="76"/>
        <source>Evening (18-21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="77"/>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="106"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="111"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="112"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="113"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="117"/>
        <source>Sample trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="118"/>
        <source>Follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="119"/>
        <source>Call window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="121"/>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="124"/>
        <source>Recent orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="126"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="126"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="126"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="126"/>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="138"/>
        <source>Open to-dos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="141"/>
        <source>Contact history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="167"/>
        <source>New &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="168"/>
        <source>New co&amp;mplaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="169"/>
        <source>New &amp;to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="170"/>
        <source>&amp;Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="171"/>
        <source>&amp;Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="172"/>
        <source>Dia&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="195"/>
        <source>VIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="200"/>
        <source>Calling from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="200"/>
        <source>Dialled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="244"/>
        <source>Media source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="248"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="249"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="249"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="261"/>
        <source>Open complaints (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="279"/>
        <source>Ordered %1, total %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerChooser</name>
    <message>
        <location filename="../../screenpop/widgets/chooser.py" line="35"/>
        <source>&amp;Show this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/chooser.py" line="39"/>
        <source>None of these: &amp;new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/chooser.py" line="48"/>
        <source>%1 customers use %2. Who is calling?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerConflicts</name>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="62"/>
        <source>Someone else changed these fields meanwhile. Choose which value to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="67"/>
        <source>{0}: theirs “{1}”, yours “{2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="75"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="76"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../forms/customer_form.py" line="69"/>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="69"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="83"/>
        <source>Comma-separated, e.g. tv, elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="86"/>
        <source>Accepts sample trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="87"/>
        <source>Agreed to follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="103"/>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="104"/>
        <source>Phones *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="106"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="107"/>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="108"/>
        <source>&amp;VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="109"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="111"/>
        <source>Preferred call window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="112"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="177"/>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="179"/>
        <source>Enter at least one phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="181"/>
        <source>Correct the phone numbers marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="183"/>
        <source>Correct the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="201"/>
        <source>Already belongs to another customer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="216"/>
        <source>Check the duplicate phone warning, then save again to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="248"/>
        <source>Saved, except the fields someone else changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="255"/>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../forms/order_customer_picker.py" line="35"/>
        <source>Name or phone, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangeEdit</name>
    <message>
        <location filename="../../forms/search_conditions.py" line="37"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="37"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../softphone/qt/dial_pad.py" line="53"/>
        <source>Number or SIP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/dial_pad.py" line="54"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/dial_pad.py" line="55"/>
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
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="25"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="26"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="27"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="28"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="29"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="30"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="31"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="32"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="33"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="34"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="35"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="36"/>
        <source>Sorting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="37"/>
        <source>Hand-over date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="38"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="39"/>
        <source>Total (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="40"/>
        <source>Rush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="41"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="42"/>
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
    <name>LogisticsView</name>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="74"/>
        <source>Waiting for sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="75"/>
        <source>Sorted, waiting for shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="76"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="77"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="78"/>
        <source>&amp;Automatic by rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="83"/>
        <source>Assign &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="86"/>
        <source>Confirm s&amp;orting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="87"/>
        <source>Confirm s&amp;hipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="89"/>
        <source>Selection &amp;delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="92"/>
        <source>Selection re&amp;turned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="94"/>
        <source>Courier r&amp;ules...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="98"/>
        <source>Export &amp;Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="99"/>
        <source>Export &amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="100"/>
        <source>Export &amp;TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="107"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="108"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="109"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="110"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="111"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="112"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="113"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="114"/>
        <location filename="../../agent_desktop/features/logistics/view.py" line="134"/>
        <source>Sorting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="115"/>
        <location filename="../../agent_desktop/features/logistics/view.py" line="136"/>
        <source>Hand-over date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="116"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="117"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="180"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="229"/>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="252"/>
        <source>%1 couriers chosen by the rules; %2 orders still without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="276"/>
        <source>Choose a courier for at least one order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="282"/>
        <source>%1 orders sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="294"/>
        <source>Enter the tracking numbers of the parcels first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="299"/>
        <source>%1 orders shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="310"/>
        <source>Select shipped orders first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="315"/>
        <source>%1 orders updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="336"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="337"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="338"/>
        <source>Tab-separated text (*.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="341"/>
        <source>Export the sorting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="364"/>
        <source>%1 orders exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desktop/features/phone/__init__.py" line="13"/>
        <source>Softphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/__init__.py" line="14"/>
        <source>No phone line yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/__init__.py" line="15"/>
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
        <location filename="../../agent_desktop/features/todo/__init__.py" line="19"/>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/__init__.py" line="20"/>
        <source>Nothing to do yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/__init__.py" line="21"/>
        <source>Your tasks and alerts will be listed here once the CRM is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/__init__.py" line="17"/>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/__init__.py" line="18"/>
        <source>No callbacks scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/__init__.py" line="19"/>
        <source>Customers waiting for you to call back will be listed here, soonest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="33"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="34"/>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="35"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="36"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="37"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="48"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/__init__.py" line="24"/>
        <source>SIP: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/__init__.py" line="10"/>
        <source>CRM: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/__init__.py" line="25"/>
        <source>Audio: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/i18n.py" line="76"/>
        <location filename="../../agent_desktop/shell/main_window.py" line="247"/>
        <location filename="../../main.py" line="33"/>
        <source>Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="256"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="257"/>
        <source>&amp;Import settings from IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="258"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="259"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="260"/>
        <source>&amp;About Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="261"/>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="262"/>
        <source>Agent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="263"/>
        <source>Agent state tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="264"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="272"/>
        <source>Agent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="274"/>
        <source>Agent state since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="143"/>
        <source>Could not start: {0}. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="181"/>
        <source>Import settings from IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="183"/>
        <source>Settings bundles (*.toml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="203"/>
        <source>Settings not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="204"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="211"/>
        <source>Imported {0} settings from {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCallerForm</name>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="55"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="57"/>
        <source>N&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="59"/>
        <source>&amp;City (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="60"/>
        <source>&amp;Address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="63"/>
        <source>&amp;Save customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="83"/>
        <source>New caller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="104"/>
        <source>Enter the caller&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="108"/>
        <source>This is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="124"/>
        <source>Please check the fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../forms/order_form_layout.py" line="70"/>
        <source>Express courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="71"/>
        <source>Standard courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="72"/>
        <source>Post (China Post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="73"/>
        <source>Self-pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="84"/>
        <source>Cash on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="85"/>
        <source>Online payment: Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="86"/>
        <source>Online payment: WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="87"/>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="88"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="91"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="102"/>
        <source>18-character unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="103"/>
        <source>R&amp;ush order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="109"/>
        <source>&amp;Submit order (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="111"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="113"/>
        <source>Cancel this &amp;order...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="133"/>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="140"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="142"/>
        <source>&amp;Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="144"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="145"/>
        <source>Recipient p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="149"/>
        <source>&amp;Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="150"/>
        <source>&amp;Media source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="151"/>
        <source>&amp;Invoice title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="153"/>
        <source>Ta&amp;x id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="156"/>
        <source>Special &amp;requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="122"/>
        <source>Total: ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="136"/>
        <source>The quantity must be at least 1; to remove the line, select it and press Delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="336"/>
        <source>Discard order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="337"/>
        <source>Discard what you typed in this order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="363"/>
        <source>Cancel order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="364"/>
        <source>Cancel order %1? The customer will not receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="398"/>
        <source>The CRM refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="419"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="423"/>
        <source>Order %1 (provisional number, not yet confirmed by the CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="425"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="427"/>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="432"/>
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
        <location filename="../../forms/order_lines_model.py" line="39"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="40"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="41"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="42"/>
        <source>Price ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="43"/>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="44"/>
        <source>Total ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="124"/>
        <source>%1 in stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderLookup</name>
    <message>
        <location filename="../../forms/order_lookup.py" line="32"/>
        <source>Order number (SO… or L…) or the customer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="37"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="38"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="39"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="40"/>
        <source>Total ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="41"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="42"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="50"/>
        <source>&amp;Find order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="76"/>
        <source>%1 orders found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="78"/>
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
        <location filename="../../agent_desktop/features/orders/feature.py" line="82"/>
        <source>&amp;New order...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="84"/>
        <source>Order &amp;lookup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="140"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="148"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="229"/>
        <source>Unfinished orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="230"/>
        <source>%1 order(s) were not submitted last time:
%2
Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="236"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="237"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="238"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="307"/>
        <source>Order lookup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="40"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="41"/>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="42"/>
        <source>Hold / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="43"/>
        <source>Mute / unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="44"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="71"/>
        <source>SIP: starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="128"/>
        <source>SIP: restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="251"/>
        <source>Audio: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="253"/>
        <source>Audio: in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="46"/>
        <source>Call me from a demo customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="232"/>
        <source>SIP: ready on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="239"/>
        <source>Next attempt in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="255"/>
        <source>Audio unavailable</source>
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
        <location filename="../../forms/customer_phones.py" line="59"/>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="69"/>
        <source>Remove this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="119"/>
        <source>Not a valid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="121"/>
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
    <name>ProductLookup</name>
    <message>
        <location filename="../../forms/product_lookup.py" line="39"/>
        <source>SKU, name or pinyin initials (e.g. amy for 按摩椅)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/product_lookup.py" line="51"/>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/product_lookup.py" line="53"/>
        <source>&amp;Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/product_lookup.py" line="69"/>
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
        <source>Recent pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="47"/>
        <source>(no call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="49"/>
        <source>(wrap-up pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="51"/>
        <source>(in call)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <location filename="../../softphone/engine/engine.py" line="46"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="48"/>
        <source>Registration refused: the registrar&apos;s TLS certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="50"/>
        <source>Registration refused: wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="52"/>
        <source>Registrar not reachable; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="54"/>
        <source>Unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="55"/>
        <source>Registration failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPopDock</name>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="68"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="69"/>
        <source>The CRM cannot be reached: this card comes from the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="79"/>
        <source>The customer card appears here when a call rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="293"/>
        <source>Opened without a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="295"/>
        <source>Not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="297"/>
        <source>Call finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="299"/>
        <source>Call ended: wrap-up pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="301"/>
        <source>In call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="303"/>
        <source>Dialling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="305"/>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="307"/>
        <source>(marked abnormal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchConditions</name>
    <message>
        <location filename="../../forms/search_conditions.py" line="70"/>
        <source>Name or pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="71"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="72"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="73"/>
        <source>Province, city or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="74"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="75"/>
        <source>Product bought (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="85"/>
        <location filename="../../forms/search_conditions.py" line="87"/>
        <location filename="../../forms/search_conditions.py" line="88"/>
        <location filename="../../forms/search_conditions.py" line="93"/>
        <location filename="../../forms/search_conditions.py" line="97"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="85"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="85"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="87"/>
        <source>VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="88"/>
        <source>VIP level at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="89"/>
        <source>Accepts sample trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="90"/>
        <source>Agreed to follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="92"/>
        <source>Preferred call window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="96"/>
        <source>Has a complaint that is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="108"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="108"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="119"/>
        <source>The date range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="125"/>
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
        <location filename="../../forms/search_panel.py" line="78"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="80"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="83"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="85"/>
        <source>Save search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="87"/>
        <source>Delete saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="89"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="151"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="155"/>
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>%n customer shown</numerusform>
            <numerusform>%n customers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="157"/>
        <source>%n found locally, more on demand</source>
        <translation>
            <numerusform>%n found locally, more on demand</numerusform>
            <numerusform>%n found locally, more on demand</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="161"/>
        <source>CRM not searched: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="195"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="195"/>
        <source>Name of this search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="209"/>
        <source>Search first, then export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="213"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="217"/>
        <source>%n customer(s) exported</source>
        <translation>
            <numerusform>%n customer exported</numerusform>
            <numerusform>%n customers exported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="222"/>
        <source>Export failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="228"/>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="228"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="91"/>
        <source>Hand to call list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="94"/>
        <source>Put every customer found on an outbound call list, worked through the Call Back queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="242"/>
        <source>Search first, then hand the results to a call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="276"/>
        <source>Adding customers to call list {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="288"/>
        <source>Not added to the call list: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="298"/>
        <source>%n customer(s) added to call list {0}</source>
        <translation>
            <numerusform>%n customer added to call list {0}</numerusform>
            <numerusform>%n customers added to call list {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="301"/>
        <source>%n without a phone skipped</source>
        <translation>
            <numerusform>%n without a phone skipped</numerusform>
            <numerusform>%n without a phone skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="303"/>
        <source>%n already on the list</source>
        <translation>
            <numerusform>%n already on the list</numerusform>
            <numerusform>%n already on the list</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="305"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="305"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../forms/search_results_model.py" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="73"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="74"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="75"/>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="76"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="77"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="78"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="80"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="80"/>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="66"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="68"/>
        <source>must not contain spaces or any of @ : &lt; &gt; &quot; &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="75"/>
        <source>must be 0 (ring until the caller hangs up) or at least 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="83"/>
        <source>must be a host name or address, without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="114"/>
        <source>must start with http:// or https:// (or be empty for the embedded back office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="119"/>
        <source>must not contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="127"/>
        <source>must be a two-letter country code such as CN</source>
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
        <location filename="../../agent_desktop/settings/policy.py" line="51"/>
        <source>{0}: no such policy file (named by {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="79"/>
        <source>{0}: &apos;locked&apos; must be a list of setting names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="109"/>
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
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="91"/>
        <source>The password store is not available: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="112"/>
        <source>Looking for audio devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="114"/>
        <source>No audio devices found. Calls will use the system default once a device is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="116"/>
        <source>Audio devices could not be listed (is PortAudio installed?). The system default will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="128"/>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="130"/>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="132"/>
        <source>Must be at most {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="134"/>
        <source>Must be at least {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="136"/>
        <source>Must be more than {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="148"/>
        <source>{0} is already used for &quot;{1}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="216"/>
        <source>Not saved: tick the session-only box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="218"/>
        <source>Not saved: the password store failed ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="235"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="238"/>
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
        <location filename="../../agent_desktop/settings/pages.py" line="138"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="41"/>
        <location filename="../../agent_desktop/settings/pages.py" line="139"/>
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
        <source>0: any free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="66"/>
        <source>Bind address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="67"/>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="68"/>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="71"/>
        <source>Media encryption (SRTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="74"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="75"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="76"/>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="81"/>
        <source>STUN servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="83"/>
        <source>Separate several with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="85"/>
        <source>Use ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="86"/>
        <source>TURN server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="87"/>
        <source>TURN user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="88"/>
        <source>Registration retry (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="91"/>
        <source>Longest registration retry (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="93"/>
        <source>While the registrar does not answer; the phone registers again at most this long after it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="100"/>
        <source>Renew registration every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="102"/>
        <source>Heals a registrar restart within this time; 0: only shortly before the registration expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="107"/>
        <source>Registration lifetime (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="108"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="109"/>
        <source>Phone lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="110"/>
        <source>Answer calls automatically when Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="111"/>
        <source>SIP response to blocked callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="114"/>
        <source>Stop ringing after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="116"/>
        <source>An unanswered call then ends and its caller is listed for a call back; 0: ring until the caller hangs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="124"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="125"/>
        <source>Speaker / headset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="126"/>
        <source>Ringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="127"/>
        <source>Ringtone volume (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="133"/>
        <source>CRM address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="134"/>
        <source>For example https://crm.example.com; empty: the built-in local back office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="142"/>
        <source>Default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="143"/>
        <source>Two-letter country code used for numbers without a country prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="145"/>
        <source>Request timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="146"/>
        <source>Sync interval (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="152"/>
        <location filename="../../agent_desktop/settings/pages.py" line="175"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="155"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="156"/>
        <source>Chinese (Simplified) - 简体中文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="157"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="159"/>
        <source>The window switches language as soon as you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="164"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="165"/>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="166"/>
        <source>Hold / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="167"/>
        <source>Mute / unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="168"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="172"/>
        <source>SIP account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="173"/>
        <source>Audio devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="174"/>
        <source>CRM connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="176"/>
        <source>Hotkeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="139"/>
        <source>Not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="203"/>
        <source>Not saved: the settings were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="207"/>
        <source>Not saved: the settings file {0} could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="204"/>
        <source>{0} (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="227"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="230"/>
        <source>Unchanged; type to set a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="232"/>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="233"/>
        <source>This setting is set by your administrator and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../agent_desktop/features/todo/snooze_dialog.py" line="19"/>
        <source>Snooze to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/snooze_dialog.py" line="27"/>
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
        <location filename="../../softphone/engine/events.py" line="159"/>
        <source>The phone could not do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="177"/>
        <source>The phone could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="238"/>
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
        <location filename="../../softphone/qt/softphone_dock.py" line="83"/>
        <source>Mic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/softphone_dock.py" line="84"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/softphone_dock.py" line="85"/>
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
        <location filename="../../screenpop/widgets/timeline_model.py" line="32"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="33"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="34"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="35"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="36"/>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="37"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoBanner</name>
    <message>
        <location filename="../../agent_desktop/features/todo/banner.py" line="48"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/banner.py" line="49"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/banner.py" line="56"/>
        <source>Due: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/banner.py" line="58"/>
        <source>(+{0} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoDock</name>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="146"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="147"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="148"/>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="149"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="150"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="153"/>
        <source>By due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="154"/>
        <source>By priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="155"/>
        <source>By title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="156"/>
        <source>By creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="166"/>
        <source>Show done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="167"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="168"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="169"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="170"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="171"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="173"/>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="174"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="175"/>
        <source>Tomorrow 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="176"/>
        <source>Choose a time…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoFeature</name>
    <message>
        <location filename="../../agent_desktop/features/todo/feature.py" line="92"/>
        <source>New to-do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/feature.py" line="234"/>
        <source>The to-do could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/feature.py" line="298"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoForm</name>
    <message>
        <location filename="../../forms/todo_form.py" line="63"/>
        <source>Edit to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="63"/>
        <source>New to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="66"/>
        <location filename="../../forms/todo_form.py" line="67"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="67"/>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="68"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="73"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="73"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="73"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="73"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="76"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="78"/>
        <source>My team ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="96"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="97"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="98"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="102"/>
        <source>Due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="103"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="104"/>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="105"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="156"/>
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
        <location filename="../../forms/wrapup_form.py" line="55"/>
        <source>Order placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="56"/>
        <source>Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="57"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="58"/>
        <source>Follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="59"/>
        <source>No sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="60"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="63"/>
        <location filename="../../forms/wrapup_form.py" line="142"/>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="74"/>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="81"/>
        <source>Create a &amp;follow-up to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="94"/>
        <source>&amp;Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="96"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="99"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="101"/>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="104"/>
        <source>&amp;Submit wrap-up (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="142"/>
        <source>Wrap-up: outgoing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="166"/>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
