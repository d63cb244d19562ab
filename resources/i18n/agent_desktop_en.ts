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
        <location filename="../../agent_desktop/about_dialog.py" line="24"/>
        <source>About Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/about_dialog.py" line="29"/>
        <source>Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/about_dialog.py" line="32"/>
        <source>A desktop client for call-centre agents: softphone, customer card on incoming calls, orders, to-dos and callbacks, working with the back-office CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/about_dialog.py" line="38"/>
        <source>Python {0}, Qt for Python {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/about_dialog.py" line="40"/>
        <source>Settings: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/about_dialog.py" line="42"/>
        <source>Logs: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Address</name>
    <message>
        <location filename="../../forms/address_rules.py" line="73"/>
        <source>Enter the province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="75"/>
        <source>Not a Chinese province; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="77"/>
        <source>Enter the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="79"/>
        <source>The city is limited to 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="81"/>
        <source>Enter the district or county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="83"/>
        <source>The district is limited to 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="85"/>
        <source>Enter the street, number and room (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="87"/>
        <source>The street is limited to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="89"/>
        <source>A postal code has 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressEdit</name>
    <message>
        <location filename="../../forms/address_edit.py" line="48"/>
        <source>Pro&amp;vince</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="48"/>
        <source>Cit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="48"/>
        <source>Dis&amp;trict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="48"/>
        <source>Stree&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="49"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <location filename="../../agent_desktop/agent_state.py" line="25"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/agent_state.py" line="26"/>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/agent_state.py" line="27"/>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/agent_state.py" line="28"/>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertPresenter</name>
    <message>
        <location filename="../../agent_desktop/todo_alert_presenter.py" line="54"/>
        <source>To-do due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_alert_presenter.py" line="54"/>
        <source>{0} to-dos due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <location filename="../../softphone/engine/audio_io.py" line="54"/>
        <source>Audio unavailable: PortAudio is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/audio_io.py" line="75"/>
        <location filename="../../softphone/engine/engine.py" line="288"/>
        <source>Audio unavailable: no sound device found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="252"/>
        <source>Audio unavailable: no sound device configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="254"/>
        <source>Audio opens with the next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="295"/>
        <source>Audio ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallActionsBar</name>
    <message>
        <location filename="../../screenpop/widgets/call_actions.py" line="30"/>
        <source>Mark &amp;abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_actions.py" line="39"/>
        <source>&amp;Block number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="72"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="73"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="74"/>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="88"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="75"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="76"/>
        <source>Transfer to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="77"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="78"/>
        <source>Complete transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="79"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="88"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallListDialog</name>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="25"/>
        <source>Hand to call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="30"/>
        <source>e.g. spring follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="38"/>
        <source>Queue default ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="39"/>
        <source>Counting customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="53"/>
        <source>List &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="54"/>
        <source>Start calling &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="55"/>
        <source>Attempts per &amp;customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="72"/>
        <source>More than {0} customers match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/call_list_dialog.py" line="74"/>
        <source>%n customer(s) will be added.</source>
        <translation>
            <numerusform>%n customer will be added.</numerusform>
            <numerusform>%n customers will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/call_list_dialog.py" line="76"/>
        <source>%n without a phone will be skipped.</source>
        <translation>
            <numerusform>%n without a phone will be skipped.</numerusform>
            <numerusform>%n without a phone will be skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="82"/>
        <source>The customers could not be counted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="99"/>
        <source>At most {0} customers can be handed to a call list at once. Narrow the search (e.g. by region, tag or VIP level) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="103"/>
        <source>Give the call list a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="107"/>
        <source>No customers to add.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackController</name>
    <message>
        <location filename="../../agent_desktop/callback_controller.py" line="190"/>
        <source>Nobody is waiting for a call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_controller.py" line="223"/>
        <source>The call back could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_controller.py" line="256"/>
        <source>Another agent is already calling {0}; trying the next caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_controller.py" line="260"/>
        <source>This entry is not in the CRM yet; try again after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_controller.py" line="265"/>
        <source>The CRM cannot be reached: call backs need it to share the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_controller.py" line="269"/>
        <source>The phone is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_controller.py" line="287"/>
        <source>The call did not go through; the caller stays in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackDock</name>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="22"/>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="23"/>
        <source>Hung up while ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="24"/>
        <source>All lines busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="25"/>
        <source>Agent not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="26"/>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="38"/>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="39"/>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="103"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="103"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="103"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="104"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="104"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="105"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="107"/>
        <source>Give back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="108"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="108"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="109"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="109"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="176"/>
        <source>Showing the {0} longest waiting of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_dock.py" line="27"/>
        <source>Call list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackFeature</name>
    <message>
        <location filename="../../agent_desktop/callback_feature.py" line="93"/>
        <source>Call back the longest waiting caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/callback_feature.py" line="113"/>
        <source>This caller has no number to call back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallerIdentity</name>
    <message>
        <location filename="../../screenpop/core/identity.py" line="76"/>
        <source>Withheld number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/identity.py" line="79"/>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../../screenpop/core/labels.py" line="14"/>
        <source>ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="15"/>
        <source>sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="16"/>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="17"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="18"/>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="19"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="21"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="22"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="23"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="24"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="26"/>
        <source>quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="27"/>
        <source>delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="28"/>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="29"/>
        <source>billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="30"/>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="31"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="33"/>
        <source>order placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="34"/>
        <source>enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="35"/>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="36"/>
        <source>follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="37"/>
        <source>no sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="38"/>
        <source>wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="40"/>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="41"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="42"/>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="43"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/labels.py" line="44"/>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="26"/>
        <source>low</source>
        <extracomment>Default time to resolve by severity.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="26"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="27"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="27"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../forms/complaint_form.py" line="61"/>
        <source>New complaint — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="73"/>
        <source>(no order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="92"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="93"/>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="94"/>
        <source>&amp;Summary *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="95"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="96"/>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="97"/>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="120"/>
        <source>Enter a short summary of the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="32"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="33"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="34"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="35"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="36"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="37"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="136"/>
        <source>{0}: at most {1} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="137"/>
        <source>{0}: not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="147"/>
        <source>Not saved: the complaint could not be written to the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintList</name>
    <message>
        <location filename="../../forms/complaint_list.py" line="87"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="90"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="91"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="120"/>
        <source>{0} complaints · {1} open · {2} overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <location filename="../../forms/complaint_list.py" line="35"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="35"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="35"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="35"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="36"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="36"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="63"/>
        <source>{0} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintStatusDialog</name>
    <message>
        <location filename="../../forms/complaint_status.py" line="35"/>
        <source>Complaint status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="42"/>
        <source>What was done, what was agreed with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="53"/>
        <source>New &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="54"/>
        <source>&amp;Note *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="55"/>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="69"/>
        <source>{0} — now {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="78"/>
        <source>{0} — {1} (waiting to sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="96"/>
        <source>Write a note for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="114"/>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsFeature</name>
    <message>
        <location filename="../../agent_desktop/complaints_feature.py" line="36"/>
        <source>Co&amp;mplaints...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/complaints_feature.py" line="39"/>
        <source>For supervisors: every complaint, open and overdue ones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/complaints_feature.py" line="72"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="85"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="93"/>
        <source>Could not read the conflicts: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/conflicts_dialog.py" line="120"/>
        <source>%n change(s) could not be merged with the CRM: choose which value to keep.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="121"/>
        <source>Nothing to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="140"/>
        <source>Could not resolve: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="147"/>
        <source>Kept your value of {0} for {1}; it will be sent to the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="148"/>
        <source>Kept the server&apos;s value of {0} for {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/conflicts_dialog.py" line="150"/>
        <source>Kept your values for %n conflicts; they will be sent to the CRM.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/conflicts_dialog.py" line="151"/>
        <source>Kept the server&apos;s values for %n conflicts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="165"/>
        <source>The CRM refused this change; it cannot be sent again as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="166"/>
        <source>Apply your value again; it is sent to the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="171"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="171"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="171"/>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="172"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="172"/>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="173"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="175"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="179"/>
        <source>Whole change (refused by the CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="184"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="184"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="184"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="185"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="185"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="185"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="186"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="186"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="186"/>
        <source>VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="187"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="187"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="187"/>
        <source>Special requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="188"/>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="188"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="189"/>
        <source>Recipient&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="189"/>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="189"/>
        <source>Rush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="190"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="190"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="190"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="191"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="196"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="198"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="198"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="206"/>
        <source>Someone else changed it in the CRM meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="207"/>
        <source>The record keeps changing in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="211"/>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="212"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="212"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="212"/>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="213"/>
        <source>Server&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="213"/>
        <source>Original value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="214"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="215"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="216"/>
        <source>Keep the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="217"/>
        <source>Keep the value the CRM has and drop yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/conflicts_dialog.py" line="218"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourierRulesDialog</name>
    <message>
        <location filename="../../agent_desktop/logistics_rules.py" line="32"/>
        <source>Courier rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_rules.py" line="35"/>
        <source>Delivery (empty = any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_rules.py" line="35"/>
        <source>Region prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_rules.py" line="36"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_rules.py" line="40"/>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_rules.py" line="42"/>
        <source>&amp;Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_rules.py" line="83"/>
        <source>Every rule needs a courier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_rules.py" line="93"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../agent_desktop/crash_dialog.py" line="18"/>
        <source>Agent Desktop: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crash_dialog.py" line="19"/>
        <source>Something went wrong. The application will try to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crash_dialog.py" line="21"/>
        <source>The details were written to the log in {0}. Please send it to your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../../agent_desktop/credentials.py" line="27"/>
        <source>No secure password store is available (the keyring backend is &quot;{0}&quot;). Passwords can only be remembered for this session; install and unlock a system keyring (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain) to store them permanently.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmClient</name>
    <message>
        <location filename="../../crm/client.py" line="89"/>
        <source>The CRM cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="88"/>
        <source>Sign-in to the CRM failed or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="91"/>
        <source>Your role may not do this in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="93"/>
        <source>The CRM has no such record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="96"/>
        <source>The record&apos;s state does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="100"/>
        <source>Someone else changed this record meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="103"/>
        <source>The CRM needs the record version for this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="113"/>
        <source>The CRM refused the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="116"/>
        <source>The CRM server had an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="118"/>
        <source>Unexpected answer from the CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmLink</name>
    <message>
        <location filename="../../agent_desktop/crm_link.py" line="79"/>
        <source>Sync &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_link.py" line="194"/>
        <source>Sign-in to the CRM expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_link.py" line="245"/>
        <source>Wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_link.py" line="38"/>
        <source>Not signed in to the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_link.py" line="39"/>
        <source>The CRM connection could not be started; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmLoginDialog</name>
    <message>
        <location filename="../../agent_desktop/crm_login_dialog.py" line="17"/>
        <source>Sign in to the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_login_dialog.py" line="19"/>
        <source>CRM: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_login_dialog.py" line="28"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_login_dialog.py" line="29"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmStatus</name>
    <message>
        <location filename="../../agent_desktop/crm_status.py" line="23"/>
        <source>{0} to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_status.py" line="25"/>
        <source>{0} to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_status.py" line="28"/>
        <source>CRM online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_status.py" line="29"/>
        <source>Synchronised with the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_status.py" line="31"/>
        <source>CRM syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_status.py" line="32"/>
        <source>Sending changes and fetching updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_status.py" line="34"/>
        <source>CRM offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_status.py" line="35"/>
        <source>Working from the local copy; changes are sent when the CRM is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_status.py" line="38"/>
        <source>CRM sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_status.py" line="39"/>
        <source>CRM stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_status.py" line="52"/>
        <source>CRM connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_status.py" line="52"/>
        <source>Starting the CRM connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_status.py" line="55"/>
        <source>CRM unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/crm_status.py" line="70"/>
        <source>First CRM sync: %v / %m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="64"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="64"/>
        <source>Morning (09-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="65"/>
        <source>Afternoon (12-18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="65"/>
        <source>Evening (18-21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="66"/>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="95"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="100"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="101"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="102"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="106"/>
        <source>Sample trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="107"/>
        <source>Follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="108"/>
        <source>Call window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="110"/>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="113"/>
        <source>Recent orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="116"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="116"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="116"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="116"/>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="129"/>
        <source>Open to-dos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="132"/>
        <source>Contact history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="159"/>
        <source>New &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="160"/>
        <source>New co&amp;mplaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="161"/>
        <source>New &amp;to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="162"/>
        <source>&amp;Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="163"/>
        <source>&amp;Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="164"/>
        <source>Dia&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="186"/>
        <source>VIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="189"/>
        <source>Calling from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="189"/>
        <source>Dialled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="226"/>
        <source>Media source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="230"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="231"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="231"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="243"/>
        <source>Open complaints (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="259"/>
        <source>Ordered %1, total %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerChooser</name>
    <message>
        <location filename="../../screenpop/widgets/chooser.py" line="34"/>
        <source>&amp;Show this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/chooser.py" line="38"/>
        <source>None of these: &amp;new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/chooser.py" line="47"/>
        <source>%1 customers use %2. Who is calling?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerConflicts</name>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="49"/>
        <source>Someone else changed these fields meanwhile. Choose which value to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="53"/>
        <source>{0}: theirs “{1}”, yours “{2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="58"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="59"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../forms/customer_form.py" line="52"/>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="52"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="66"/>
        <source>Comma-separated, e.g. tv, elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="69"/>
        <source>Accepts sample trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="70"/>
        <source>Agreed to follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="85"/>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="86"/>
        <source>Phones *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="88"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="89"/>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="90"/>
        <source>&amp;VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="91"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="93"/>
        <source>Preferred call window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="94"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="154"/>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="156"/>
        <source>Enter at least one phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="158"/>
        <source>Correct the phone numbers marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="160"/>
        <source>Correct the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="178"/>
        <source>Already belongs to another customer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="193"/>
        <source>Check the duplicate phone warning, then save again to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="220"/>
        <source>Saved, except the fields someone else changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="227"/>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../forms/order_customer_picker.py" line="31"/>
        <source>Name or phone, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangeEdit</name>
    <message>
        <location filename="../../forms/search_conditions.py" line="30"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="30"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../softphone/qt/dial_pad.py" line="52"/>
        <source>Number or SIP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/dial_pad.py" line="53"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/dial_pad.py" line="54"/>
        <source>Redial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="16"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="17"/>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="18"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="19"/>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="20"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="21"/>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="22"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="23"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineButtons</name>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="16"/>
        <source>Dialling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="17"/>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="18"/>
        <source>Ringing out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="19"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="20"/>
        <source>Talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="21"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="27"/>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="60"/>
        <source>Line %1: free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogisticsExport</name>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="23"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="24"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="25"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="26"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="27"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="28"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="29"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="30"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="31"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="32"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="33"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="34"/>
        <source>Sorting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="35"/>
        <source>Hand-over date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="36"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="37"/>
        <source>Total (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="38"/>
        <source>Rush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="39"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_export.py" line="40"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogisticsView</name>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="54"/>
        <source>Waiting for sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="55"/>
        <source>Sorted, waiting for shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="56"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="57"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="58"/>
        <source>&amp;Automatic by rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="63"/>
        <source>Assign &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="66"/>
        <source>Confirm s&amp;orting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="67"/>
        <source>Confirm s&amp;hipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="68"/>
        <source>Selection &amp;delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="70"/>
        <source>Selection re&amp;turned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="72"/>
        <source>Courier r&amp;ules...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="74"/>
        <source>Export &amp;Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="74"/>
        <source>Export &amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="75"/>
        <source>Export &amp;TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="79"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="79"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="79"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="79"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="79"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="80"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="80"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="80"/>
        <location filename="../../agent_desktop/logistics_view.py" line="96"/>
        <source>Sorting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="80"/>
        <location filename="../../agent_desktop/logistics_view.py" line="98"/>
        <source>Hand-over date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="81"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="81"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="142"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="180"/>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="200"/>
        <source>%1 couriers chosen by the rules; %2 orders still without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="219"/>
        <source>Choose a courier for at least one order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="224"/>
        <source>%1 orders sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="235"/>
        <source>Enter the tracking numbers of the parcels first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="239"/>
        <source>%1 orders shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="246"/>
        <source>Select shipped orders first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="250"/>
        <source>%1 orders updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="269"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="269"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="270"/>
        <source>Tab-separated text (*.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="271"/>
        <source>Export the sorting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/logistics_view.py" line="292"/>
        <source>%1 orders exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="31"/>
        <source>Softphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="32"/>
        <source>No phone line yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="33"/>
        <source>The dial pad, your phone lines and the call controls (answer, hold, transfer, mute) will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="40"/>
        <source>Customer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="41"/>
        <source>No caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="42"/>
        <source>When a call rings, the caller&apos;s card pops up here: who they are, past contacts, orders, complaints and preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="50"/>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="51"/>
        <source>Nothing to do yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="52"/>
        <source>Your tasks and alerts will be listed here once the CRM is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="56"/>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="57"/>
        <source>No callbacks scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="58"/>
        <source>Customers waiting for you to call back will be listed here, soonest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="63"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="64"/>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="65"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="66"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="67"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="70"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="242"/>
        <source>SIP: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="243"/>
        <source>CRM: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="244"/>
        <source>Audio: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/i18n.py" line="73"/>
        <location filename="../../agent_desktop/main_window.py" line="247"/>
        <location filename="../../main.py" line="32"/>
        <source>Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="254"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="255"/>
        <source>&amp;Import settings from IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="256"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="257"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="258"/>
        <source>&amp;About Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="259"/>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="260"/>
        <source>Agent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="261"/>
        <source>Agent state tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="262"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="270"/>
        <source>Agent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/main_window.py" line="272"/>
        <source>Agent state since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="128"/>
        <source>Could not start: {0}. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="166"/>
        <source>Import settings from IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="168"/>
        <source>Settings bundles (*.toml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="186"/>
        <source>Settings not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="187"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/app.py" line="192"/>
        <source>Imported {0} settings from {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCallerForm</name>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="52"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="54"/>
        <source>N&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="56"/>
        <source>&amp;City (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="57"/>
        <source>&amp;Address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="60"/>
        <source>&amp;Save customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="80"/>
        <source>New caller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="101"/>
        <source>Enter the caller&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="105"/>
        <source>This is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="120"/>
        <source>Please check the fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../forms/order_form.py" line="94"/>
        <source>Express courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="94"/>
        <source>Standard courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="95"/>
        <source>Post (China Post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="95"/>
        <source>Self-pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="102"/>
        <source>Cash on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="102"/>
        <source>Online payment: Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="103"/>
        <source>Online payment: WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="103"/>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="104"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="105"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="115"/>
        <source>18-character unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="116"/>
        <source>R&amp;ush order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="122"/>
        <source>&amp;Submit order (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="124"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="126"/>
        <source>Cancel this &amp;order...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="135"/>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="142"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="144"/>
        <source>&amp;Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="146"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="147"/>
        <source>Recipient p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="151"/>
        <source>&amp;Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="152"/>
        <source>&amp;Media source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="153"/>
        <source>&amp;Invoice title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="155"/>
        <source>Ta&amp;x id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="158"/>
        <source>Special &amp;requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="216"/>
        <source>Total: ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="392"/>
        <source>Discard order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="393"/>
        <source>Discard what you typed in this order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="415"/>
        <source>Cancel order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="416"/>
        <source>Cancel order %1? The customer will not receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="447"/>
        <source>The CRM refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="468"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="471"/>
        <source>Order %1 (provisional number, not yet confirmed by the CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="472"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="473"/>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="478"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="145"/>
        <source>Choose the customer (search by name or phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="147"/>
        <source>Add at least one product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="149"/>
        <source>An order has at most 50 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="152"/>
        <source>The quantity must be between 1 and 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="154"/>
        <source>Only %1 in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="156"/>
        <source>The discount is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="158"/>
        <source>Choose how the order is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="168"/>
        <source>Not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="170"/>
        <source>Choose how the customer pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="174"/>
        <source>A unified social credit code has 18 characters (now %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="176"/>
        <source>Only digits and capital letters except I, O, S, V and Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="178"/>
        <source>The check character is wrong: look for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="180"/>
        <source>An invoice with a tax id needs a title (company name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="182"/>
        <source>The invoice title is limited to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="184"/>
        <source>Special requests are limited to 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <location filename="../../forms/order_lines_model.py" line="33"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="33"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="33"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="33"/>
        <source>Price ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="34"/>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="34"/>
        <source>Total ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="111"/>
        <source>%1 in stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderLookup</name>
    <message>
        <location filename="../../forms/order_lookup.py" line="29"/>
        <source>Order number (SO… or L…) or the customer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="32"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="32"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="32"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="33"/>
        <source>Total ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="33"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="33"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="39"/>
        <source>&amp;Find order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="59"/>
        <source>%1 orders found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="60"/>
        <source>No order with this number or phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../crm/store/orders.py" line="29"/>
        <source>This order has left the warehouse (or was cancelled); it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersFeature</name>
    <message>
        <location filename="../../agent_desktop/orders_feature.py" line="77"/>
        <source>&amp;New order...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/orders_feature.py" line="78"/>
        <source>Order &amp;lookup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/orders_feature.py" line="80"/>
        <source>&amp;Logistics: sorting and shipping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/orders_feature.py" line="134"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/orders_feature.py" line="142"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/orders_feature.py" line="209"/>
        <source>Unfinished orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/orders_feature.py" line="210"/>
        <source>%1 order(s) were not submitted last time:
%2
Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/orders_feature.py" line="213"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/orders_feature.py" line="214"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/orders_feature.py" line="215"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/orders_feature.py" line="277"/>
        <source>Order lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/orders_feature.py" line="295"/>
        <source>Logistics: sorting and shipping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <location filename="../../agent_desktop/phone.py" line="29"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/phone.py" line="30"/>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/phone.py" line="31"/>
        <source>Hold / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/phone.py" line="32"/>
        <source>Mute / unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/phone.py" line="33"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/phone.py" line="95"/>
        <source>SIP: starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/phone.py" line="152"/>
        <source>SIP: restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/phone.py" line="255"/>
        <source>Audio: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/phone.py" line="257"/>
        <source>Audio: in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/phone.py" line="35"/>
        <source>Call me from a demo customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/phone.py" line="237"/>
        <source>SIP: ready on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/phone.py" line="244"/>
        <source>Next attempt in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/phone.py" line="259"/>
        <source>Audio unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <location filename="../../crm/phones.py" line="56"/>
        <location filename="../../crm/phones.py" line="62"/>
        <source>Not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/phones.py" line="58"/>
        <source>Phone number is too long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonesEdit</name>
    <message>
        <location filename="../../forms/customer_phones.py" line="58"/>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="68"/>
        <source>Remove this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="116"/>
        <source>Not a valid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="118"/>
        <source>This number is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pop</name>
    <message>
        <location filename="../../screenpop/core/lookup.py" line="59"/>
        <source>The customer id sent with the call is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/record_source.py" line="93"/>
        <source>Abnormal call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductLookup</name>
    <message>
        <location filename="../../forms/product_lookup.py" line="38"/>
        <source>SKU, name or pinyin initials (e.g. amy for 按摩椅)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/product_lookup.py" line="50"/>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/product_lookup.py" line="52"/>
        <source>&amp;Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/product_lookup.py" line="72"/>
        <source>%1  %2  ¥%3  stock %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityIndicator</name>
    <message>
        <location filename="../../softphone/qt/quality_indicator.py" line="29"/>
        <source>Quality: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/quality_indicator.py" line="31"/>
        <source>Jitter %1 ms, loss %2 %, round trip %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentPopsList</name>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="27"/>
        <source>Recent pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="46"/>
        <source>(no call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="48"/>
        <source>(wrap-up pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="50"/>
        <source>(in call)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <location filename="../../softphone/engine/engine.py" line="44"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="46"/>
        <source>Registration refused: the registrar&apos;s TLS certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="48"/>
        <source>Registration refused: wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="50"/>
        <source>Registrar not reachable; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="52"/>
        <source>Unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="53"/>
        <source>Registration failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPopDock</name>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="66"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="67"/>
        <source>The CRM cannot be reached: this card comes from the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="76"/>
        <source>The customer card appears here when a call rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="272"/>
        <source>Opened without a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="274"/>
        <source>Not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="276"/>
        <source>Call finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="278"/>
        <source>Call ended: wrap-up pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="280"/>
        <source>In call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="282"/>
        <source>Dialling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="284"/>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="286"/>
        <source>(marked abnormal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchConditions</name>
    <message>
        <location filename="../../forms/search_conditions.py" line="61"/>
        <source>Name or pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="61"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="62"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="62"/>
        <source>Province, city or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="63"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="63"/>
        <source>Product bought (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="72"/>
        <location filename="../../forms/search_conditions.py" line="74"/>
        <location filename="../../forms/search_conditions.py" line="75"/>
        <location filename="../../forms/search_conditions.py" line="78"/>
        <location filename="../../forms/search_conditions.py" line="80"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="72"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="72"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="74"/>
        <source>VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="75"/>
        <source>VIP level at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="76"/>
        <source>Accepts sample trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="77"/>
        <source>Agreed to follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="78"/>
        <source>Preferred call window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="80"/>
        <source>Has a complaint that is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="91"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="91"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="102"/>
        <source>The date range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="108"/>
        <source>Invalid condition {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchExport</name>
    <message>
        <location filename="../../forms/search_export.py" line="18"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="18"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="19"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="19"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="20"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="20"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="21"/>
        <source>VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="21"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="22"/>
        <source>Accepts samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="22"/>
        <source>Follow-up opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="23"/>
        <source>Call window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="23"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="24"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="24"/>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <location filename="../../agent_desktop/search_feature.py" line="62"/>
        <source>&amp;Find customers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/search_feature.py" line="64"/>
        <source>New &amp;customer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/search_feature.py" line="107"/>
        <source>The CRM is not ready yet; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/search_feature.py" line="119"/>
        <source>Find customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../forms/search_panel.py" line="58"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="60"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="63"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="65"/>
        <source>Save search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="67"/>
        <source>Delete saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="69"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="131"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="135"/>
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>%n customer shown</numerusform>
            <numerusform>%n customers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="137"/>
        <source>%n found locally, more on demand</source>
        <translation>
            <numerusform>%n found locally, more on demand</numerusform>
            <numerusform>%n found locally, more on demand</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="141"/>
        <source>CRM not searched: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="174"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="174"/>
        <source>Name of this search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="188"/>
        <source>Search first, then export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="192"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="196"/>
        <source>%n customer(s) exported</source>
        <translation>
            <numerusform>%n customer exported</numerusform>
            <numerusform>%n customers exported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="201"/>
        <source>Export failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="207"/>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="208"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="71"/>
        <source>Hand to call list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="73"/>
        <source>Put every customer found on an outbound call list, worked through the Call Back queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="221"/>
        <source>Search first, then hand the results to a call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="251"/>
        <source>Adding customers to call list {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="263"/>
        <source>Not added to the call list: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="269"/>
        <source>%n customer(s) added to call list {0}</source>
        <translation>
            <numerusform>%n customer added to call list {0}</numerusform>
            <numerusform>%n customers added to call list {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="272"/>
        <source>%n without a phone skipped</source>
        <translation>
            <numerusform>%n without a phone skipped</numerusform>
            <numerusform>%n without a phone skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="274"/>
        <source>%n already on the list</source>
        <translation>
            <numerusform>%n already on the list</numerusform>
            <numerusform>%n already on the list</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="276"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="276"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../forms/search_results_model.py" line="57"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="57"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="57"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="57"/>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="58"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="58"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="58"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="59"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="59"/>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="53"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="55"/>
        <source>must not contain spaces or any of @ : &lt; &gt; &quot; &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="63"/>
        <source>must be a host name or address, without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="91"/>
        <source>must start with http:// or https:// (or be empty for the embedded back office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="93"/>
        <source>must not contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="101"/>
        <source>must be a two-letter country code such as CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="26"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="28"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="78"/>
        <source>unknown setting {0}: sections are {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="81"/>
        <source>unknown setting {0}: keys of [{1}] are {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="102"/>
        <source>{0}: expected a table of sections ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="106"/>
        <source>{0}: [{1}] must be a table of settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="123"/>
        <source>{0}: not a JSON list: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="155"/>
        <source>{0}: cannot read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="98"/>
        <source>{0} is set by your administrator and cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="131"/>
        <source>set by your administrator and cannot be changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="155"/>
        <source>{0}: these keys are set by your administrator: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="164"/>
        <source>{0}: the settings file {1} cannot be written: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="65"/>
        <source>{0}: &apos;locked&apos; must be a list of setting names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="91"/>
        <source>{0}: unknown section [{1}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="23"/>
        <source>{0}: cannot fetch the settings bundle: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="24"/>
        <source>{0}: the settings bundle is larger than {1} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="70"/>
        <source>{0}: the settings bundle is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="80"/>
        <source>{0}: the settings bundle must be a table of sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="82"/>
        <source>{0}: not valid TOML or JSON ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="95"/>
        <source>{0}: cannot read the settings bundle: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="52"/>
        <source>line {0}, column {1}: the file is not valid TOML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="53"/>
        <source>at the end of the file: the file is not valid TOML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="54"/>
        <source>the file is not valid TOML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="55"/>
        <source>line {0}, column {1}: the file is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="56"/>
        <source>the file is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="57"/>
        <source>error at character {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="58"/>
        <source>line {0}: the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="96"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="97"/>
        <source>a part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="98"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="99"/>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="124"/>
        <source>the server answered {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="125"/>
        <source>the proxy server answered {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="127"/>
        <source>bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="128"/>
        <source>sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="129"/>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="130"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="131"/>
        <source>proxy sign-in required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="132"/>
        <source>request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="133"/>
        <source>no longer available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="134"/>
        <source>too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="135"/>
        <source>internal server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="136"/>
        <source>bad gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="137"/>
        <source>service unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="138"/>
        <source>gateway timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="141"/>
        <source>redirection not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="142"/>
        <source>request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="143"/>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="145"/>
        <source>unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="146"/>
        <source>the server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="147"/>
        <source>the server name {0} cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="148"/>
        <source>the download took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="149"/>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="150"/>
        <source>the download was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="151"/>
        <source>the server&apos;s answer could not be understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="152"/>
        <source>the server&apos;s certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="153"/>
        <source>the secure connection to the server failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="154"/>
        <source>the address is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="90"/>
        <source>The password store is not available: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="111"/>
        <source>Looking for audio devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="113"/>
        <source>No audio devices found. Calls will use the system default once a device is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="114"/>
        <source>Audio devices could not be listed (is PortAudio installed?). The system default will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="125"/>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="127"/>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="129"/>
        <source>Must be at most {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="131"/>
        <source>Must be at least {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="133"/>
        <source>Must be more than {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="145"/>
        <source>{0} is already used for &quot;{1}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="211"/>
        <source>Not saved: tick the session-only box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="213"/>
        <source>Not saved: the password store failed ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="230"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="233"/>
        <source>Remember passwords for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="31"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="32"/>
        <source>Registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="32"/>
        <source>Host name or address of your phone system; empty: no registration (direct calls only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="33"/>
        <location filename="../../agent_desktop/settings_pages.py" line="70"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="34"/>
        <location filename="../../agent_desktop/settings_pages.py" line="71"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="35"/>
        <source>Authentication name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="35"/>
        <source>Only when it differs from the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="36"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="37"/>
        <source>Outbound proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="38"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="39"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="39"/>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="39"/>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="39"/>
        <source>TLS (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="40"/>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="40"/>
        <source>0: any free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="41"/>
        <source>Bind address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="42"/>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="43"/>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="46"/>
        <source>Media encryption (SRTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="48"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="48"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="48"/>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="50"/>
        <source>STUN servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="50"/>
        <source>Separate several with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="51"/>
        <source>Use ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="52"/>
        <source>TURN server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="53"/>
        <source>TURN user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="54"/>
        <source>Registration retry (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="55"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="56"/>
        <source>Phone lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="57"/>
        <source>Answer calls automatically when Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="58"/>
        <source>SIP response to blocked callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="62"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="63"/>
        <source>Speaker / headset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="64"/>
        <source>Ringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="65"/>
        <source>Ringtone volume (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="69"/>
        <source>CRM address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="69"/>
        <source>For example https://crm.example.com; empty: the built-in local back office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="72"/>
        <source>Default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="72"/>
        <source>Two-letter country code used for numbers without a country prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="73"/>
        <source>Request timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="74"/>
        <source>Sync interval (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="80"/>
        <location filename="../../agent_desktop/settings_pages.py" line="99"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="82"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="82"/>
        <source>Chinese (Simplified) - 简体中文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="82"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="83"/>
        <source>The window switches language as soon as you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="88"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="89"/>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="90"/>
        <source>Hold / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="91"/>
        <source>Mute / unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="92"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="96"/>
        <source>SIP account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="97"/>
        <source>Audio devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="98"/>
        <source>CRM connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_pages.py" line="100"/>
        <source>Hotkeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="136"/>
        <source>Not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="198"/>
        <source>Not saved: the settings were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_dialog.py" line="202"/>
        <source>Not saved: the settings file {0} could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../agent_desktop/settings_form.py" line="196"/>
        <source>{0} (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_form.py" line="218"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_form.py" line="221"/>
        <source>Unchanged; type to set a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_form.py" line="223"/>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings_form.py" line="224"/>
        <source>This setting is set by your administrator and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../agent_desktop/todo_snooze_dialog.py" line="18"/>
        <source>Snooze to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_snooze_dialog.py" line="26"/>
        <source>Remind me again at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Softphone</name>
    <message>
        <location filename="../../softphone/engine/commands.py" line="27"/>
        <source>The phone could not do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="171"/>
        <source>The phone could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="232"/>
        <source>The phone could not start: its SIP port is in use or the address is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoftphoneDock</name>
    <message>
        <location filename="../../softphone/qt/softphone_dock.py" line="80"/>
        <source>Mic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/softphone_dock.py" line="81"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/softphone_dock.py" line="82"/>
        <source>Recent calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../main.py" line="16"/>
        <source>the system policy file is invalid, ask your IT support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main.py" line="17"/>
        <source>settings bundle not imported (nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="31"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="32"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="33"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="34"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="35"/>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="36"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoBanner</name>
    <message>
        <location filename="../../agent_desktop/todo_banner.py" line="46"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_banner.py" line="47"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_banner.py" line="54"/>
        <source>Due: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_banner.py" line="56"/>
        <source>(+{0} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoDock</name>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="127"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="127"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="127"/>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="128"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="128"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="129"/>
        <source>By due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="129"/>
        <source>By priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="130"/>
        <source>By title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="130"/>
        <source>By creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="139"/>
        <source>Show done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="140"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="141"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="142"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="143"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="144"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="145"/>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="145"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="145"/>
        <source>Tomorrow 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_dock.py" line="146"/>
        <source>Choose a time…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoFeature</name>
    <message>
        <location filename="../../agent_desktop/todo_feature.py" line="64"/>
        <source>New to-do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_feature.py" line="181"/>
        <source>The to-do could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_feature.py" line="233"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoForm</name>
    <message>
        <location filename="../../forms/todo_form.py" line="40"/>
        <source>Edit to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="40"/>
        <source>New to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="43"/>
        <location filename="../../forms/todo_form.py" line="44"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="44"/>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="45"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="50"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="50"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="50"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="50"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="53"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="55"/>
        <source>My team ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="71"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="72"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="73"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="77"/>
        <source>Due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="78"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="79"/>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="80"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="130"/>
        <source>Enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <location filename="../../agent_desktop/todo_model.py" line="18"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_model.py" line="18"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_model.py" line="19"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_model.py" line="20"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_model.py" line="21"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_model.py" line="23"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_model.py" line="23"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_model.py" line="24"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_model.py" line="24"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/todo_model.py" line="25"/>
        <source>Team {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../agent_desktop/tray.py" line="53"/>
        <source>Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tray.py" line="54"/>
        <source>Hide window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tray.py" line="54"/>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/tray.py" line="55"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUp</name>
    <message>
        <location filename="../../forms/wrapup_result.py" line="56"/>
        <source>Choose how the call ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="58"/>
        <source>Notes are limited to 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="62"/>
        <source>Give the follow-up a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="64"/>
        <source>The title is limited to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="67"/>
        <source>The follow-up must be due in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <location filename="../../forms/wrapup_form.py" line="54"/>
        <source>Order placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="54"/>
        <source>Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="55"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="55"/>
        <source>Follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="56"/>
        <source>No sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="56"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="59"/>
        <location filename="../../forms/wrapup_form.py" line="137"/>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="70"/>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="77"/>
        <source>Create a &amp;follow-up to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="89"/>
        <source>&amp;Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="91"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="94"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="96"/>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="99"/>
        <source>&amp;Submit wrap-up (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="137"/>
        <source>Wrap-up: outgoing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="160"/>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
