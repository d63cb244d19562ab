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
        <location filename="../../agent_desktop/shell/about_dialog.py" line="52"/>
        <source>About Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="53"/>
        <source>Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="56"/>
        <source>A desktop client for call-centre agents: softphone, customer card on incoming calls, orders, to-dos and callbacks, working with the back-office CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="61"/>
        <source>Python {0}, Qt for Python {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="63"/>
        <source>Settings: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="65"/>
        <source>Logs: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="33"/>
        <source>At least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="34"/>
        <source>At most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="35"/>
        <source>Only letters, digits and . _ @ - (no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="36"/>
        <source>This user name is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="37"/>
        <source>Fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="38"/>
        <source>Choose one of the roles offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="41"/>
        <source>The CRM refused this: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="85"/>
        <source>Someone changed this user meanwhile: the list shows them as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="91"/>
        <source>Only an administrator may manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="93"/>
        <source>This user is no longer in the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="96"/>
        <source>The CRM cannot be reached; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="103"/>
        <source>The change could not be made. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/users.py" line="32"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/users.py" line="33"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/users.py" line="34"/>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/users.py" line="35"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsFeature</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/feature.py" line="49"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/feature.py" line="50"/>
        <source>User &amp;accounts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/feature.py" line="98"/>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsNotices</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="36"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="37"/>
        <source>The user&apos;s details you typed are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="38"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="39"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="40"/>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="57"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="69"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="78"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="82"/>
        <source>It will not be shown again: copy it or write it down now, then pass it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="104"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="110"/>
        <source>%1 was created with this password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="112"/>
        <source>The new password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="89"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddToCampaignDialog</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="71"/>
        <source>New draft campaign...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="87"/>
        <source>Name the new campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="105"/>
        <source>Adding the customers found...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="111"/>
        <source>%n customer(s) added</source>
        <translation>
            <numerusform>%n customer added</numerusform>
            <numerusform>%n customers added</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="112"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="113"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="125"/>
        <source>An unexpected error ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="126"/>
        <source>Not added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="133"/>
        <source>Add to a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="134"/>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="135"/>
        <source>New campaign&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="136"/>
        <source>Add</source>
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
        <location filename="../../forms/address_edit.py" line="67"/>
        <source>Pro&amp;vince</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="68"/>
        <source>Cit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="69"/>
        <source>Dis&amp;trict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="70"/>
        <source>Stree&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="71"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressLockouts</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="113"/>
        <source>Client addresses locked out after failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="114"/>
        <source>No client address is locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="115"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="116"/>
        <source>Let sign-ins from the chosen address in again at once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressesModel</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="59"/>
        <source>Client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="60"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="61"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="62"/>
        <source>Failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="75"/>
        <source>%1 (backing off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentMenu</name>
    <message>
        <location filename="../../agent_desktop/features/wallboard/agent_menu.py" line="42"/>
        <source>View screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/agent_menu.py" line="43"/>
        <source>See the agent&apos;s window live, with what they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/agent_menu.py" line="51"/>
        <source>Listen to the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/agent_menu.py" line="52"/>
        <source>Whisper to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/agent_menu.py" line="53"/>
        <source>Barge into the call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="53"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="54"/>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="55"/>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="56"/>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="57"/>
        <source>On call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="58"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="61"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="63"/>
        <source>{0}, after this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="65"/>
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
        <location filename="../../softphone/engine/engine.py" line="329"/>
        <source>Audio unavailable: no sound device found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="285"/>
        <source>Audio unavailable: no sound device configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="288"/>
        <source>Audio opens with the next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="336"/>
        <source>Audio ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallActionsBar</name>
    <message>
        <location filename="../../screenpop/widgets/call_actions.py" line="51"/>
        <source>Mark &amp;abnormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_actions.py" line="54"/>
        <source>&amp;Block number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallBanner</name>
    <message numerus="yes">
        <location filename="../../screenpop/widgets/call_banner.py" line="184"/>
        <source>%n customers with this number</source>
        <translation>
            <numerusform>%n customer with this number</numerusform>
            <numerusform>%n customers with this number</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="187"/>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="195"/>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="209"/>
        <source>Dialling for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="209"/>
        <source>Ringing for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="211"/>
        <source>Talk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="214"/>
        <source>Hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="217"/>
        <source>Talk: connected and not on hold. Hold: on hold. Handle time adds the wrap-up to both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="104"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="105"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="106"/>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="118"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="107"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="108"/>
        <source>Transfer to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="109"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="110"/>
        <source>Complete transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="111"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="118"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="170"/>
        <source>Talk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="172"/>
        <source>Talk time (hold excluded); on hold %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallListDialog</name>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="79"/>
        <source>Hand to call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="80"/>
        <source>e.g. spring follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="81"/>
        <source>Queue default ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="68"/>
        <source>Counting customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="83"/>
        <source>List &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="83"/>
        <source>Start calling &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="83"/>
        <source>Attempts per &amp;customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="105"/>
        <source>More than {0} customers match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/call_list_dialog.py" line="106"/>
        <source>%n customer(s) will be added.</source>
        <translation>
            <numerusform>%n customer will be added.</numerusform>
            <numerusform>%n customers will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/call_list_dialog.py" line="108"/>
        <source>%n without a phone will be skipped.</source>
        <translation>
            <numerusform>%n without a phone will be skipped.</numerusform>
            <numerusform>%n without a phone will be skipped.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="117"/>
        <source>The customers could not be counted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="137"/>
        <source>At most {0} customers can be handed to a call list at once. Narrow the search (e.g. by region, tag or VIP level) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="143"/>
        <source>Give the call list a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="147"/>
        <source>No customers to add.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackController</name>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="249"/>
        <source>Nobody is waiting for a call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="283"/>
        <source>The call back could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="327"/>
        <source>Another agent is already calling {0}; trying the next caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="331"/>
        <source>This entry is not in the CRM yet; try again after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="336"/>
        <source>The CRM cannot be reached: call backs need it to share the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="340"/>
        <source>The phone is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="362"/>
        <source>The call did not go through; the caller stays in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="379"/>
        <source>The call could not be made; the caller stays in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="405"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="405"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="410"/>
        <source>{0}: called back again at {1} (attempt {2} of {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="416"/>
        <source>{0}: given up after the last attempt ({1} of {2}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackDock</name>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="36"/>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="37"/>
        <source>Hung up while ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="38"/>
        <source>All lines busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="39"/>
        <source>Agent not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="40"/>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="53"/>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="54"/>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="65"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="149"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="150"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="151"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="152"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="153"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="154"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="157"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="159"/>
        <source>Give back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="161"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="162"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="163"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="164"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="287"/>
        <source>Showing the {0} longest waiting of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="41"/>
        <source>Call list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackFeature</name>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="137"/>
        <source>Call back the longest waiting caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="173"/>
        <source>This caller has no number to call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="206"/>
        <source>Call back to {0} queued: as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="210"/>
        <source>Call back to {0} scheduled for {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="412"/>
        <source>{0}&apos;s call back closed: the customer called in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="415"/>
        <source>{0} call backs closed: the customers called in ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="428"/>
        <source>Call back due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="428"/>
        <source>{0} call backs due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackWhenDialog</name>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="125"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="127"/>
        <source>Call back {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="129"/>
        <source>Call back {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="133"/>
        <source>Preferred call window: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="134"/>
        <source>&amp;As soon as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="135"/>
        <source>&amp;In (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="136"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="137"/>
        <source>A&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="138"/>
        <source>&amp;Note (what to call about):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="139"/>
        <source>&amp;Schedule call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="171"/>
        <source>This time has passed: the call back is due at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="173"/>
        <source>{0} is outside the customer&apos;s preferred call window: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallerIdentity</name>
    <message>
        <location filename="../../screenpop/core/identity.py" line="86"/>
        <source>Withheld number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/identity.py" line="89"/>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDock</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="137"/>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="137"/>
        <source>progressive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="173"/>
        <source>Campaigns of your team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="174"/>
        <source>Preview: see the card, then dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="175"/>
        <source>Progressive: dial while I am Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="176"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="176"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="177"/>
        <source>Work the campaigns: take the next record, one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="178"/>
        <source>Record in hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="179"/>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="180"/>
        <source>Call this record&apos;s number (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="181"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="183"/>
        <source>Not a good time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="183"/>
        <source>Wrong data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="183"/>
        <source>Known to be away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="183"/>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="286"/>
        <source>Preview: the agent sees the card, then dials or skips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="287"/>
        <source>Progressive: dialled when the agent is Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="290"/>
        <source>Pass the call to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="291"/>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="340"/>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="376"/>
        <source>Not saved: correct the fields marked below them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="396"/>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="398"/>
        <source>Campaign: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="400"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="401"/>
        <source>Script / talking points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="402"/>
        <source>Starts ({0}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="403"/>
        <source>Deadline ({0}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="404"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="405"/>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="406"/>
        <source>Priority (1-10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="407"/>
        <source>Teams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="408"/>
        <source>Time zone when the number tells none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="409"/>
        <source>Calling windows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="410"/>
        <source>Attempts per record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="411"/>
        <source>Retry after (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="412"/>
        <source>Results that end a record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="413"/>
        <source>Ring timeout (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="414"/>
        <source>Agent minutes per attempt (pacing):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="421"/>
        <source>In this computer&apos;s time zone ({0}); the calling windows are in each callee&apos;s own local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="426"/>
        <source>In the callee&apos;s local time (from the number, or the list&apos;s time zone column). HH:MM, 24:00 for midnight; leave a pair empty for no window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="432"/>
        <source>Empty: your team, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="432"/>
        <source>Comma-separated; name at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="434"/>
        <source>in any 24 hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="435"/>
        <source>Answering machine or fax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="436"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="436"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="436"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="436"/>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="439"/>
        <source>Near the deadline, a retry may come sooner, at least after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="440"/>
        <source>Never sooner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="441"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="443"/>
        <source>Near the deadline a retry comes sooner than its spacing above, so that a record&apos;s attempts left still fit in its last calling windows, but never sooner than this many minutes after the last attempt. Choose &quot;Never sooner&quot; (below 0) to keep the spacing up to the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="456"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="33"/>
        <source>The deadline must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="38"/>
        <source>A calling window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="43"/>
        <source>Write a time of day as HH:MM (00:00 to 24:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="48"/>
        <source>Unknown time zone: use a name such as Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="50"/>
        <source>Name the teams that work the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="54"/>
        <source>This may be changed but not emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="56"/>
        <source>This may not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="106"/>
        <source>You may run campaigns for your own team only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="108"/>
        <source>Your role may not change this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="113"/>
        <source>The campaign cannot get this status from its current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="117"/>
        <source>Someone else changed this campaign meanwhile. Save again to replace their changes with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="126"/>
        <source>The back office cannot be reached; nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="132"/>
        <source>The campaign could not be saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignLabels</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="15"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="16"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="17"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="18"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="19"/>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="20"/>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="47"/>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="59"/>
        <source>Invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="21"/>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="33"/>
        <source>Answering machine or fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="22"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="29"/>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="30"/>
        <source>Call back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="31"/>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="32"/>
        <source>Wrong person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="40"/>
        <source>Campaign not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="41"/>
        <source>Campaign not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="42"/>
        <source>Past the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="43"/>
        <source>Outside the calling window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="44"/>
        <source>Attempts used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="45"/>
        <source>Daily attempt limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="46"/>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="63"/>
        <source>On the do-not-call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="48"/>
        <source>Retry not due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="49"/>
        <source>Held by an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="50"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="51"/>
        <source>Done: call back after the deadline, handed to the Call Back queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="58"/>
        <source>No number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="60"/>
        <source>Repeated in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="61"/>
        <source>Already in this campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="62"/>
        <source>In another running campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="64"/>
        <source>On the blocklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="65"/>
        <source>Unknown customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="66"/>
        <source>Unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="73"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="74"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="75"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="76"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="83"/>
        <source>customer&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="84"/>
        <source>regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="85"/>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="86"/>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="87"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignSupervisorView</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="179"/>
        <source>The back office cannot be reached; the figures may be old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="216"/>
        <source>never at this staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="204"/>
        <source>At risk: cannot finish by the deadline at the current staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="206"/>
        <source>No agent on it in the last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="213"/>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="255"/>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="233"/>
        <source>Select a campaign to see which of its records are not dialled now, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="236"/>
        <source>Nothing held back: every open record of this campaign can be dialled now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="301"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="301"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="316"/>
        <source>Finish the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="318"/>
        <source>Finish {0}? Its agents stop calling its records at once, and a finished campaign cannot be started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="323"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="324"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="351"/>
        <source>The campaign could not be changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="362"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="363"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="364"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="365"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="366"/>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="367"/>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="368"/>
        <source>Contact rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="369"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="370"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="371"/>
        <source>Projected finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="372"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="376"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="376"/>
        <source>Why not dialled now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="376"/>
        <source>Callee&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="376"/>
        <source>Next possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="378"/>
        <source>Records of the selected campaign not dialled now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="379"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="380"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="381"/>
        <source>Run the selected draft: its team&apos;s agents start calling its records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="382"/>
        <source>Finish...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="383"/>
        <source>End the selected campaign for good: nobody calls its records any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="384"/>
        <source>New campaign...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="385"/>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="386"/>
        <source>Import list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="387"/>
        <source>No campaigns yet — New campaign... creates one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsFeature</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/feature.py" line="100"/>
        <source>&amp;Campaigns...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/feature.py" line="151"/>
        <source>You are in no team, so in no campaign. Ask your supervisor or an administrator to put you in a team (Tools &gt; User accounts); the campaigns then show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/feature.py" line="254"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardWrites</name>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="36"/>
        <source>the record has a value the CRM does not accept ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="37"/>
        <source>it could not be written to this computer&apos;s copy of the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="42"/>
        <source>the CRM is not connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="45"/>
        <source>The log of the call with {0} could not be saved: {1}. It is kept on this computer and saved again when Agent Desktop next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="50"/>
        <source>The log of the call with {0} could not be saved: {1}. Please note its outcome and tell your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="54"/>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="78"/>
        <source>an unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="56"/>
        <source>The follow-up to-do &quot;{0}&quot; could not be saved: {1}. Please add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="60"/>
        <source>The new customer {0} could not be saved: {1}. Please enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="64"/>
        <source>The number could not be added to the blocklist: {0}. Please block it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="66"/>
        <source>The wrap-up could not be saved: {0}. It is kept on this computer and comes back when Agent Desktop next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="71"/>
        <source>The call could not be marked as abnormal: {0}. Please mark it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="72"/>
        <source>A record could not be saved: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="80"/>
        <source>The call with {0} was logged with its answer or end time moved to the call&apos;s start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="81"/>
        <source>The call with {0} was logged; values the CRM does not accept ({1}) were moved to its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="98"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="17"/>
        <source>Write the message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="19"/>
        <source>A message is limited to 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="27"/>
        <source>Choose an agent or a team from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="30"/>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="51"/>
        <source>Give the standard text a title, e.g. Return policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="32"/>
        <source>The title is limited to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="45"/>
        <source>You may write only to the agents of your own team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="49"/>
        <source>The CRM knows no such agent or team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="52"/>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="58"/>
        <source>The CRM refused the message; check it and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="54"/>
        <source>That message is no longer in the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="56"/>
        <source>The CRM cannot be reached; the message was not sent. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="59"/>
        <source>The message could not be sent. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="349"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="443"/>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingDock</name>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="100"/>
        <source>Standard texts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="101"/>
        <source>New message...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="102"/>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="103"/>
        <source>Insert into notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="104"/>
        <source>Add the text to the notes of the call&apos;s wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="105"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="106"/>
        <source>Reply to the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="107"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingFeature</name>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="77"/>
        <source>Sen&amp;d coaching message...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="224"/>
        <source>Coaching message from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="324"/>
        <source>Added to the call&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="328"/>
        <source>No call or wrap-up is open: the text was copied; paste it where you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="337"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="371"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="381"/>
        <source>Send coaching message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingNotice</name>
    <message>
        <location filename="../../agent_desktop/features/coaching/notice.py" line="69"/>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/notice.py" line="70"/>
        <source>Reply...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/notice.py" line="71"/>
        <source>Insert into notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/notice.py" line="72"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/notice.py" line="103"/>
        <source>Standard text from {0} ({1}): {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/notice.py" line="105"/>
        <source>Message to team {0} from {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/notice.py" line="107"/>
        <source>Message from {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/coaching/notice.py" line="110"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingTexts</name>
    <message>
        <location filename="../../crm/coaching_texts.py" line="23"/>
        <source>Return policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="24"/>
        <source>You may return the goods within 7 days of receipt without giving a reason, unused and in their original packaging; we collect them free of charge and refund within 3 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="31"/>
        <source>Delivery fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="32"/>
        <source>Delivery is free for orders of 299 yuan or more; below that it costs 10 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="37"/>
        <source>Delivery time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="38"/>
        <source>Orders placed before 16:00 leave the warehouse the same day and arrive in 1 to 3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="44"/>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="45"/>
        <source>Every product has a one-year warranty from the day of receipt; repairs under warranty are free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../../crm/code_labels.py" line="14"/>
        <source>ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="15"/>
        <source>sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="16"/>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="17"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="18"/>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="19"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="21"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="22"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="23"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="24"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="26"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="27"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="28"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="29"/>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="30"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="31"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="33"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="34"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="35"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="36"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="38"/>
        <source>Order placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="39"/>
        <source>Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="40"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="41"/>
        <source>Follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="42"/>
        <source>No sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="43"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="45"/>
        <source>sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="46"/>
        <source>Call back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="47"/>
        <source>not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="48"/>
        <source>wrong person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="49"/>
        <source>answering machine or fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="51"/>
        <source>not wrapped up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="53"/>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="54"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="55"/>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="56"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="57"/>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="59"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../forms/complaint_form.py" line="127"/>
        <source>New complaint — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="131"/>
        <source>(no order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="135"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="136"/>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="137"/>
        <source>&amp;Summary *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="138"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="139"/>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="140"/>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="172"/>
        <source>Enter a short summary of the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="46"/>
        <source>Category</source>
        <extracomment>Default time to resolve by severity.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="47"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="48"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="49"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="50"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="51"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="189"/>
        <source>{0}: at most {1} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="190"/>
        <source>{0}: not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="200"/>
        <source>Not saved: the complaint could not be written to the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintList</name>
    <message>
        <location filename="../../forms/complaint_list.py" line="149"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="152"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="153"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="155"/>
        <location filename="../../forms/complaint_list.py" line="172"/>
        <source>{0} complaints · {1} open · {2} overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <location filename="../../forms/complaint_list.py" line="52"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="53"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="54"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="55"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="57"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="101"/>
        <source>{0} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintStatusDialog</name>
    <message>
        <location filename="../../forms/complaint_status.py" line="88"/>
        <source>Complaint status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="89"/>
        <source>What was done, what was agreed with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="90"/>
        <source>New &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="90"/>
        <source>&amp;Note *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="90"/>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="112"/>
        <source>{0} — now {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="121"/>
        <source>{0} — {1} (waiting to sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="140"/>
        <source>Write a note for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="162"/>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsFeature</name>
    <message>
        <location filename="../../agent_desktop/features/complaints/feature.py" line="47"/>
        <source>Co&amp;mplaints...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/complaints/feature.py" line="50"/>
        <source>For supervisors: every complaint, open and overdue ones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/complaints/feature.py" line="88"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="137"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="138"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="139"/>
        <source>&amp;Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="140"/>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="141"/>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="144"/>
        <source>An agent or a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="145"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="146"/>
        <source>Standard text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="147"/>
        <source>e.g. Return policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="148"/>
        <source>What the agent should know or read to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="149"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="173"/>
        <source>Team {0} (every agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="175"/>
        <source>{0} ({1}, team {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="176"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="225"/>
        <source>Choose a standard text to fill in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="254"/>
        <source>{0} / {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="307"/>
        <source>Choose an agent or a team to see your messages with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="309"/>
        <source>Messages to team {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="311"/>
        <source>Messages with {0}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="118"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="128"/>
        <source>Could not read the conflicts: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="164"/>
        <source>%n change(s) could not be merged with the CRM: choose which value to keep.</source>
        <translation>
            <numerusform>%n change could not be merged with the CRM: choose which value to keep.</numerusform>
            <numerusform>%n changes could not be merged with the CRM: choose which value to keep.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="166"/>
        <source>Nothing to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="187"/>
        <source>Could not resolve: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="197"/>
        <source>Kept your value of {0} for {1}; it will be sent to the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="199"/>
        <source>Kept the server&apos;s value of {0} for {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="203"/>
        <source>Kept your values for %n conflicts; they will be sent to the CRM.</source>
        <translation>
            <numerusform>Kept your values for %n conflict; they will be sent to the CRM.</numerusform>
            <numerusform>Kept your values for %n conflicts; they will be sent to the CRM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="205"/>
        <source>Kept the server&apos;s values for %n conflicts.</source>
        <translation>
            <numerusform>Kept the server&apos;s values for %n conflict.</numerusform>
            <numerusform>Kept the server&apos;s values for %n conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="221"/>
        <source>The CRM refused this change; it cannot be sent again as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="223"/>
        <source>Apply your value again; it is sent to the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="230"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="231"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="232"/>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="233"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="234"/>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="235"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="238"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="242"/>
        <source>Whole change (refused by the CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="247"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="248"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="249"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="250"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="251"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="252"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="253"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="254"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="255"/>
        <source>VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="256"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="257"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="258"/>
        <source>Special requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="259"/>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="260"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="261"/>
        <source>Recipient&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="262"/>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="263"/>
        <source>Rush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="264"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="265"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="266"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="267"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="273"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="275"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="275"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="295"/>
        <source>Someone else changed it in the CRM meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="296"/>
        <source>The record keeps changing in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="301"/>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="304"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="305"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="306"/>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="307"/>
        <source>Server&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="308"/>
        <source>Original value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="309"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="312"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="313"/>
        <source>Keep the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="314"/>
        <source>Keep the value the CRM has and drop yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="315"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourierRulesDialog</name>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="74"/>
        <source>Courier rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="75"/>
        <source>Region prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="75"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="75"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="76"/>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="77"/>
        <source>&amp;Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="89"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="122"/>
        <source>Every rule needs a courier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="132"/>
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
        <location filename="../../agent_desktop/shell/credentials.py" line="34"/>
        <source>The only password store found keeps passwords in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/credentials.py" line="36"/>
        <source>No system password store is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/credentials.py" line="41"/>
        <source>Passwords can only be remembered for this session; install and unlock a system keyring (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain) to store them permanently.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaTable</name>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="59"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="60"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="61"/>
        <source>Max score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="62"/>
        <source>0 fails all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="63"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="67"/>
        <source>The criterion&apos;s share of the total, in points; the weights add up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="70"/>
        <source>Scored 0, the whole evaluation is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="82"/>
        <source>e.g. Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="84"/>
        <source>What to listen for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmClient</name>
    <message>
        <location filename="../../crm/client.py" line="114"/>
        <source>The CRM cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="92"/>
        <source>A price in this order is below the discount agents may give (or above the list price): ask a supervisor to approve the prices, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="97"/>
        <source>The supervisor&apos;s approval does not cover these prices (not approved yet, declined, changed since, or used for another order): ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="111"/>
        <source>Sign-in to the CRM failed or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="113"/>
        <source>Your role may not do this in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="116"/>
        <source>The CRM has no such record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="119"/>
        <source>The record&apos;s state does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="126"/>
        <source>Someone else changed this record meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="130"/>
        <source>The CRM needs the record version for this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="140"/>
        <source>The CRM refused the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="143"/>
        <source>Too many failed sign-ins: wait a few minutes (an administrator can unlock the account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="149"/>
        <source>The CRM server had an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="150"/>
        <source>Unexpected answer from the CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmLink</name>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="100"/>
        <source>Sync co&amp;nflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="253"/>
        <source>Sign-in to the CRM expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="339"/>
        <source>Wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="345"/>
        <source>No system password store is available: the password is kept only until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="53"/>
        <source>Not signed in to the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="54"/>
        <source>The CRM connection could not be started; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmLoginDialog</name>
    <message>
        <location filename="../../agent_desktop/features/crm_link/login_dialog.py" line="29"/>
        <source>Sign in to the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/login_dialog.py" line="31"/>
        <source>CRM: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/login_dialog.py" line="42"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/login_dialog.py" line="43"/>
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
        <location filename="../../agent_desktop/features/crm_link/status.py" line="39"/>
        <source>The built-in CRM stopped (exit code {0}) and could not be started again; restart Agent Desktop. Changes stay on this computer until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="45"/>
        <source>CRM restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="46"/>
        <source>The built-in CRM stopped (exit code {0}) and is being started again; changes are sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="56"/>
        <source>{0} to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="58"/>
        <source>{0} to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="61"/>
        <source>CRM online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="62"/>
        <source>Synchronised with the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="65"/>
        <source>CRM syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="67"/>
        <source>Sending changes and fetching updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="70"/>
        <source>CRM offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="74"/>
        <source>Working from the local copy; changes are sent when the CRM is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="78"/>
        <source>CRM sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="38"/>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="79"/>
        <source>CRM stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="151"/>
        <source>CRM connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="153"/>
        <source>Starting the CRM connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="158"/>
        <source>CRM sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="160"/>
        <source>Enter your CRM password in the sign-in window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="164"/>
        <source>CRM unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="92"/>
        <source>First CRM sync: %v / %m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="34"/>
        <location filename="../../screenpop/widgets/card_view.py" line="166"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="35"/>
        <location filename="../../screenpop/widgets/card_view.py" line="167"/>
        <source>Morning (09-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="36"/>
        <location filename="../../screenpop/widgets/card_view.py" line="168"/>
        <source>Afternoon (12-18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="37"/>
        <location filename="../../screenpop/widgets/card_view.py" line="169"/>
        <source>Evening (18-21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="38"/>
        <location filename="../../screenpop/widgets/card_view.py" line="170"/>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="172"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="174"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="175"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="176"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="177"/>
        <source>Sample trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="178"/>
        <source>Follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="179"/>
        <source>Call window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="183"/>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="184"/>
        <source>Recent orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="185"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="185"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="185"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="185"/>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="186"/>
        <source>Open to-dos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="187"/>
        <source>Contact history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="189"/>
        <source>New &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="190"/>
        <source>New co&amp;mplaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="191"/>
        <source>New &amp;to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="192"/>
        <source>&amp;Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="193"/>
        <source>&amp;Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="194"/>
        <source>Dia&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="248"/>
        <source>VIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="253"/>
        <source>Calling from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="253"/>
        <source>Dialled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="298"/>
        <source>Media source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="302"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="303"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="303"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="315"/>
        <source>Open complaints (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="333"/>
        <source>Ordered %1, total %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerChooser</name>
    <message>
        <location filename="../../screenpop/widgets/chooser.py" line="48"/>
        <source>&amp;Show this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/chooser.py" line="49"/>
        <source>None of these: &amp;new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/chooser.py" line="69"/>
        <source>%1 customers use %2. Who is calling?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerConflicts</name>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="69"/>
        <source>Someone else changed these fields meanwhile. Choose which value to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="74"/>
        <source>{0}: theirs “{1}”, yours “{2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="82"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="83"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="94"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="95"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="96"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="97"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="98"/>
        <source>VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="99"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="100"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../forms/customer_form.py" line="137"/>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="137"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="138"/>
        <source>Comma-separated, e.g. tv, elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="139"/>
        <source>Accepts sample trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="140"/>
        <source>Agreed to follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="142"/>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="143"/>
        <source>Phones *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="144"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="145"/>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="146"/>
        <source>&amp;VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="147"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="148"/>
        <source>Preferred call window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="149"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="154"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="155"/>
        <source>Morning (09-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="156"/>
        <source>Afternoon (12-18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="157"/>
        <source>Evening (18-21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="158"/>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="225"/>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="227"/>
        <source>Enter at least one phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="229"/>
        <source>Correct the phone numbers marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="231"/>
        <source>Correct the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="255"/>
        <source>Already belongs to another customer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="269"/>
        <source>Check the duplicate phone warning, then save again to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="301"/>
        <source>Saved, except the fields someone else changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="308"/>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../forms/order_customer_picker.py" line="49"/>
        <source>Name or phone, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangeEdit</name>
    <message>
        <location filename="../../forms/search_conditions.py" line="51"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="51"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../softphone/qt/dial_pad.py" line="58"/>
        <source>Number or SIP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/dial_pad.py" line="59"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/dial_pad.py" line="60"/>
        <source>Redial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialler</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="133"/>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="163"/>
        <location filename="../../agent_desktop/features/campaigns/feature.py" line="140"/>
        <source>Press Start to work the campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="161"/>
        <source>Stopped: the record in hand was given back for another agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="218"/>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="239"/>
        <source>Not ready: no new record is dialled until you are Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="221"/>
        <source>Taking the next record...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="252"/>
        <source>Nothing to call now; asking again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="265"/>
        <source>Read the script, then dial or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="273"/>
        <source>The back office cannot be reached; trying again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="283"/>
        <source>The phone is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="300"/>
        <source>Ringing {0}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="316"/>
        <source>The phone could not dial: {0} Dial again or skip the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="327"/>
        <source>Answered: listening for an answering machine...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="338"/>
        <source>On the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="354"/>
        <source>On the call: an answering machine or fax seems to have answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="364"/>
        <source>Not dialled to the end: dial again or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="371"/>
        <source>Call ended: choose how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="412"/>
        <source>Recorded: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="422"/>
        <source>This record may have gone to another agent meanwhile; its result may be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="440"/>
        <source>{0} was paused: the record in hand was given back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="442"/>
        <source>{0} was finished: the record in hand was given back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispositionPanel</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="80"/>
        <source>Choose a call back time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="90"/>
        <source>How did the call end?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="91"/>
        <source>Choose the campaign&apos;s result for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="93"/>
        <source>Sale (opens an order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="94"/>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="95"/>
        <source>Wrong person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="96"/>
        <source>Answering machine or fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="101"/>
        <source>Call back then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="101"/>
        <source>Hand to the Call Back queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="106"/>
        <source>The campaign calls this customer until {0} at the latest: a later call back goes to the general Call Back queue, for any agent to make, and the campaign counts this record as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="110"/>
        <source>Notes (kept with the result and the call back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="131"/>
        <source>The calls could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="140"/>
        <source>This call has no customer on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="149"/>
        <source>Reading the calls...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="152"/>
        <source>%1 of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="161"/>
        <source>Calls behind a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="163"/>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="164"/>
        <source>Read the next %1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="165"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="166"/>
        <source>Double-click to open the customer&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluateView</name>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="139"/>
        <source>Choose an agent and the dates, then Show calls lists their calls here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="211"/>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="212"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="213"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="214"/>
        <source>Show calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="215"/>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="216"/>
        <source>The form a call not evaluated yet is scored with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="219"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="219"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="219"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="219"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="220"/>
        <source>Overall comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="221"/>
        <source>Save evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="222"/>
        <source>Recordings cannot be played on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="267"/>
        <source>Choose an agent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="272"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="276"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="285"/>
        <source>Double-click a call to hear and score it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="287"/>
        <source>No recorded calls of this agent in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="305"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="331"/>
        <source>The evaluation of this call is not saved (criteria scored: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="369"/>
        <source>There is no QA form yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="407"/>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="409"/>
        <source>0 fails all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="414"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="415"/>
        <source>Score each criterion 0 (poor) to its maximum; — leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="432"/>
        <source>Total: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="434"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="448"/>
        <source>Score at least one criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="454"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="464"/>
        <source>Saved (%1). The agent has been told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="476"/>
        <source>Not saved: %1 Nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationNotice</name>
    <message>
        <location filename="../../agent_desktop/features/quality/notice.py" line="42"/>
        <source>A call of yours was evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/notice.py" line="43"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/notice.py" line="44"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/notice.py" line="45"/>
        <source>See the scores and comments in My evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/notice.py" line="71"/>
        <source>%1 scored it %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/notice.py" line="73"/>
        <source>Its score: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/quality/notice.py" line="76"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="140"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="140"/>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="141"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="142"/>
        <source>The last day, included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="143"/>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="146"/>
        <source>T&amp;eam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="148"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="148"/>
        <source>Your reports cover your own team only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="150"/>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="151"/>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsView</name>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="143"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="143"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="143"/>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="144"/>
        <source>New form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="145"/>
        <source>Retire form...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="147"/>
        <source>New evaluations no longer use it; evaluations made with it keep their scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="149"/>
        <source>Form name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="150"/>
        <source>Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="151"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="152"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="153"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="154"/>
        <source>Save form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="164"/>
        <source>Give the form a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="165"/>
        <source>Add at least one criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="166"/>
        <source>A form has at most %1 criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="167"/>
        <source>Criterion %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="168"/>
        <source>Two criteria are called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="170"/>
        <source>The weights add up to %1; make them add up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="243"/>
        <source>the new form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="244"/>
        <source>The changes to %1 are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="300"/>
        <source>Weights: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="306"/>
        <source>A new form: once saved, it is offered on the QA screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="310"/>
        <source>Saving makes version %1. The %2 evaluations made so far keep the version they were scored with: their scores do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="316"/>
        <source>Version %1, not used yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="336"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="354"/>
        <source>Saved: version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="365"/>
        <source>Not saved: %1 Nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="374"/>
        <source>This form was retired meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="376"/>
        <source>It is the last form in use: make another one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="386"/>
        <source>Retire form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="387"/>
        <source>Retire “%1”? New evaluations no longer use it; the %2 evaluations made with it keep their scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="396"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="398"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="405"/>
        <source>Retiring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="411"/>
        <source>The form was retired; its evaluations keep their scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="420"/>
        <source>Not retired: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="22"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="23"/>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="24"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="25"/>
        <source>invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="26"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="27"/>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="28"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="29"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="68"/>
        <source>Talk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="69"/>
        <source>Hold %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="128"/>
        <source>Choose a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="129"/>
        <source>Lists (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="139"/>
        <source>Reading the file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="157"/>
        <source>The first rows of the file. Say which column holds what, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="163"/>
        <source>The file is larger than {0} MiB: split the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="165"/>
        <source>The file is not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="167"/>
        <source>The file cannot be read ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="169"/>
        <source>The file cannot be read as a list ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="178"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="195"/>
        <source>Checking the list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="195"/>
        <source>Importing the list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="206"/>
        <source>%n row(s) kept</source>
        <translation>
            <numerusform>%n row kept</numerusform>
            <numerusform>%n rows kept</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="214"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="209"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="208"/>
        <source> (%n matched to a customer by the number)</source>
        <translation>
            <numerusform> (%n matched to a customer by the number)</numerusform>
            <numerusform> (%n matched to a customer by the number)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="211"/>
        <source>%n kept without a customer (several have the number)</source>
        <translation>
            <numerusform>%n kept without a customer (several have the number)</numerusform>
            <numerusform>%n kept without a customer (several have the number)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="213"/>
        <source>%n earlier record(s) replaced</source>
        <translation>
            <numerusform>%n earlier record replaced</numerusform>
            <numerusform>%n earlier records replaced</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="216"/>
        <source>Checked only, nothing imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="224"/>
        <source>An unexpected error ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="225"/>
        <source>Not imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="238"/>
        <source>Import a list into {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="239"/>
        <source>Choose file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="241"/>
        <source>A CSV file or an Excel workbook (.xlsx), one target per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="242"/>
        <source>Rows are numbered by their line of the file, as the report names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="244"/>
        <source>Replace the %n record(s) imported before (the campaign has not run yet)</source>
        <translation>
            <numerusform>Replace the %n record imported before (the campaign has not run yet)</numerusform>
            <numerusform>Replace the %n records imported before (the campaign has not run yet)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="246"/>
        <source>Unchecked: the list is added to the campaign&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="247"/>
        <source>First row holds the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="249"/>
        <source>Phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="250"/>
        <source>Customer ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="251"/>
        <source>Callee&apos;s time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="252"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="253"/>
        <source>Notes for the agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="257"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="258"/>
        <source>See the validation report without importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="259"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepsTyped</name>
    <message>
        <location filename="../../forms/keeps_typed.py" line="47"/>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/keeps_typed.py" line="48"/>
        <source>Close this form and lose what you typed in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/keeps_typed.py" line="49"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/keeps_typed.py" line="50"/>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <location filename="../../crm/kpis.py" line="101"/>
        <source>answered within T ÷ answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="102"/>
        <source>answered within T ÷ (answered + abandoned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="103"/>
        <source>answered within T ÷ (answered + abandoned), short abandons left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="136"/>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="138"/>
        <source>Incoming calls that started ringing in the interval (short abandons included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="143"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="145"/>
        <source>Incoming calls an agent answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="150"/>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="152"/>
        <source>Incoming calls nobody answered (the caller hung up or it rang out; not those an agent rejected), ringing at least the short-abandon threshold (or of unknown length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="161"/>
        <source>Short abandons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="163"/>
        <source>Incoming calls nobody answered that ended sooner than the short-abandon threshold after ringing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="170"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="172"/>
        <source>Incoming calls an agent declined (disposition rejected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="177"/>
        <source>Abandon rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="179"/>
        <source>Abandoned ÷ (offered − short abandons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="184"/>
        <source>Average abandon time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="186"/>
        <source>Mean time from ringing to the caller hanging up, over abandoned calls (short abandons left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="193"/>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="195"/>
        <source>Calls answered within T seconds of ringing (wait ≤ T) ÷ the configured denominator: answered, or answered + abandoned, or answered + abandoned without short abandons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="204"/>
        <source>Average speed of answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="206"/>
        <source>Mean wait from ringing to answer, over answered incoming calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="211"/>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="213"/>
        <source>Connected calls, incoming and outgoing (the calls AHT is taken over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="218"/>
        <source>Outbound attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="220"/>
        <source>Calls the agents dialled, connected or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="225"/>
        <source>Average handling time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="227"/>
        <source>(Talk + hold + wrap-up) ÷ handled calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="232"/>
        <source>Average talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="234"/>
        <source>Talk seconds (hold excluded) ÷ handled calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="239"/>
        <source>Average hold time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="241"/>
        <source>Hold seconds ÷ handled calls (calls never held count as 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="246"/>
        <source>Average wrap-up time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="248"/>
        <source>Wrap-up seconds ÷ handled calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="253"/>
        <source>First-contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="255"/>
        <source>Answered incoming calls whose customer (or, unknown, calling number) did not call again within N days ÷ answered incoming calls with a known customer or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="264"/>
        <source>Calls per hour per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="266"/>
        <source>Handled calls ÷ the agents&apos; staffed hours (signed in, any state).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="271"/>
        <source>Staffed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="273"/>
        <source>Time the agents were signed in: ready, not ready, ringing, on a call or in wrap-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="280"/>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="282"/>
        <source>Time on calls, on hold and in wrap-up ÷ (that time + time ready or ringing); not-ready time left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="290"/>
        <source>Not-ready time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="292"/>
        <source>Time the agents were not ready, every reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="297"/>
        <source>Not-ready time by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="299"/>
        <source>Not-ready seconds per reason code (unspecified: no reason given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="304"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="306"/>
        <source>Orders taken in the interval, cancelled ones left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="311"/>
        <source>Orders per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="313"/>
        <source>Orders taken on the handled calls ÷ handled calls; an order without a call is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="320"/>
        <source>Order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="322"/>
        <source>Sum of the orders&apos; totals (per agent when grouped by agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="327"/>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="329"/>
        <source>Order value ÷ orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="334"/>
        <source>Complaints opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="336"/>
        <source>Complaints recorded in the interval (by the agent who recorded them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="341"/>
        <source>Complaints resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="343"/>
        <source>Complaints set to resolved in the interval (by the user who resolved them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="350"/>
        <source>Time zone of the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="351"/>
        <source>Short-abandon threshold (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="352"/>
        <source>Service-level target T (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="353"/>
        <source>Service level divides by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="354"/>
        <source>First-contact resolution window N (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="49"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="51"/>
        <source>Campaign calls whose result an agent reported in the interval, whatever the result (a record skipped in preview is not an attempt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="60"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="62"/>
        <source>Attempts answered by a person: answered, and not set to fax/machine by the agent afterwards. An answering machine or fax detected by the dialler is not a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="71"/>
        <source>Contact rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="73"/>
        <source>Contacts ÷ attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="78"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="80"/>
        <source>Contacts the agent closed with the disposition sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="85"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="87"/>
        <source>Sales ÷ contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="92"/>
        <source>Answered attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="94"/>
        <source>Attempts with the result answered: contacts and the answered calls set to fax/machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="101"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="103"/>
        <source>Attempts with the result busy (SIP 486 or 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="108"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="110"/>
        <source>Attempts that rang out (the campaign&apos;s ring timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="115"/>
        <source>Invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="117"/>
        <source>Attempts to an invalid or vacant number (SIP 404, 410, 484 or 604).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="122"/>
        <source>Rejected by the callee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="124"/>
        <source>Attempts the callee declined (SIP 603).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="129"/>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="131"/>
        <source>Attempts that failed in the network or a server (SIP 408 or 5xx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="136"/>
        <source>Machine detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="138"/>
        <source>Attempts the dialler found an answering machine or fax on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="143"/>
        <source>Records finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="145"/>
        <source>Records whose last attempt fell in the interval and ended them: an ending disposition, an invalid number, the attempts used up or a call back handed to the Call Back queue.</source>
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
        <location filename="../../agent_desktop/features/logistics/feature.py" line="41"/>
        <source>&amp;Logistics: sorting and shipping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/feature.py" line="57"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/feature.py" line="63"/>
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
        <location filename="../../agent_desktop/features/logistics/view.py" line="173"/>
        <source>Waiting for sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="173"/>
        <source>Sorted, waiting for shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="173"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="177"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="178"/>
        <source>&amp;Automatic by rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="179"/>
        <source>Assign &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="180"/>
        <source>Confirm s&amp;orting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="181"/>
        <source>Confirm s&amp;hipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="182"/>
        <source>Selection &amp;delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="183"/>
        <source>Selection re&amp;turned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="184"/>
        <source>Courier r&amp;ules...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="185"/>
        <source>Export &amp;Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="186"/>
        <source>Export &amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="187"/>
        <source>Export &amp;TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="190"/>
        <source>Type or pick a courier; Enter gives it to the selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="191"/>
        <source>Sorting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="192"/>
        <source>Hand-over date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="220"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="281"/>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="298"/>
        <source>Confirm sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="298"/>
        <source>Confirm shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="342"/>
        <source>%1 couriers chosen by the rules; %2 orders still without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="353"/>
        <source>Type or pick a courier first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="357"/>
        <source>Select the orders that go with %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="363"/>
        <source>%1 chosen for %2 orders; confirm to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="369"/>
        <source>The courier of shipped orders cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="386"/>
        <source>Choose a courier for at least one order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="394"/>
        <source>%1 orders sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="407"/>
        <source>Enter the tracking numbers of the parcels first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="414"/>
        <source>%1 orders shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="426"/>
        <source>Select shipped orders first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="431"/>
        <source>%1 orders updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="448"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="449"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="450"/>
        <source>Tab-separated text (*.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="455"/>
        <source>Export the sorting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="483"/>
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
        <location filename="../../agent_desktop/shell/main_window.py" line="48"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="49"/>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="50"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="51"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="52"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="63"/>
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
        <location filename="../../agent_desktop/shell/i18n.py" line="90"/>
        <location filename="../../agent_desktop/shell/main_window.py" line="337"/>
        <location filename="../../agent_desktop/shell/upgrade_notice.py" line="94"/>
        <location filename="../../main.py" line="46"/>
        <source>Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="65"/>
        <source>{0} ●{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="346"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="347"/>
        <source>&amp;Import settings from IT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="348"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="349"/>
        <source>&amp;Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="350"/>
        <source>&amp;About Agent Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="351"/>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="352"/>
        <source>Agent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="353"/>
        <source>Agent state tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="354"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="396"/>
        <source>Not ready since {0}: over the {1} min allowed for {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="401"/>
        <source>Agent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="399"/>
        <source>Agent state since {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="187"/>
        <source>Could not start: {0}. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="236"/>
        <source>Import settings from IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="237"/>
        <source>Settings bundles (*.toml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="258"/>
        <source>Settings not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="259"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="266"/>
        <source>Imported {0} settings from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/__init__.py" line="19"/>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/__init__.py" line="20"/>
        <source>No coaching messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/__init__.py" line="21"/>
        <source>Messages from your supervisor and the standard texts to read to customers will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/__init__.py" line="21"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/__init__.py" line="22"/>
        <source>No campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/__init__.py" line="23"/>
        <source>The outbound campaigns of your team will be worked here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualDialGuard</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dnc_guard.py" line="54"/>
        <source>Dialled without the do-not-call check: the back office did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dnc_guard.py" line="59"/>
        <source>• {0}, {1}{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dnc_guard.py" line="76"/>
        <source>Do-not-call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dnc_guard.py" line="80"/>
        <source>{0} is on the do-not-call list: it may not be dialled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dnc_guard.py" line="84"/>
        <source>{0} is on the do-not-call list. Dial it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dnc_guard.py" line="87"/>
        <source>Dial anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dnc_guard.py" line="88"/>
        <source>Do not dial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="141"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="143"/>
        <source>team {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="145"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="148"/>
        <source>{0} · {1} to {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="150"/>
        <source>Standard text: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="160"/>
        <source>Read by %n agent(s)</source>
        <translation>
            <numerusform>Read by %n agent</numerusform>
            <numerusform>Read by %n agents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="160"/>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="164"/>
        <source>Not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="165"/>
        <source>Read {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="167"/>
        <source>New</source>
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
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="38"/>
        <source>Listen (nobody hears you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="39"/>
        <source>Listening to {0}&apos;s call: nobody hears you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="40"/>
        <source>Could not listen to {0}&apos;s call: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="41"/>
        <source>Stopped listening to {0}&apos;s call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="42"/>
        <source>Your supervisor is listening to this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="43"/>
        <source>Supervisor listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="46"/>
        <source>Whisper (only the agent hears you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="47"/>
        <source>Whispering to {0}: only the agent hears you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="48"/>
        <source>Could not whisper to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="49"/>
        <source>Stopped whispering to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="50"/>
        <source>Your supervisor is coaching you on this call (the customer does not hear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="51"/>
        <source>Supervisor whispering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="54"/>
        <source>Barge (agent and customer hear you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="55"/>
        <source>In {0}&apos;s call: the agent and the customer hear you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="56"/>
        <source>Could not join {0}&apos;s call: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="57"/>
        <source>Left {0}&apos;s call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="58"/>
        <source>Your supervisor joined this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="59"/>
        <source>Supervisor in the call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorDialog</name>
    <message>
        <location filename="../../agent_desktop/features/monitor/dialog.py" line="57"/>
        <source>Monitor an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/dialog.py" line="58"/>
        <source>Agent&apos;s &amp;extension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/dialog.py" line="59"/>
        <source>The agent&apos;s phone extension or SIP user, e.g. 1001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/dialog.py" line="60"/>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/dialog.py" line="64"/>
        <source>&amp;Dial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorFeature</name>
    <message>
        <location filename="../../agent_desktop/features/monitor/feature.py" line="80"/>
        <source>Monitor an agent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/feature.py" line="135"/>
        <source>Dialling {0} for {1}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/feature.py" line="168"/>
        <source>the call did not go through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyEvaluationsView</name>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="85"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="88"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="89"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="90"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="91"/>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="96"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="92"/>
        <source>Evaluated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="93"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="96"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="96"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="111"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="120"/>
        <source>None of your calls has been evaluated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="138"/>
        <source>Your average QA score in the week of %1: %2 (%n evaluation(s))</source>
        <translation>
            <numerusform>Your average QA score in the week of %1: %2 (%n evaluation)</numerusform>
            <numerusform>Your average QA score in the week of %1: %2 (%n evaluations)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="143"/>
        <source>No QA score in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="158"/>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="189"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="191"/>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="197"/>
        <source>Overall: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCallerForm</name>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="81"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="81"/>
        <source>N&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="81"/>
        <source>&amp;City (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="81"/>
        <source>&amp;Address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="84"/>
        <source>&amp;Save customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="98"/>
        <source>New caller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="125"/>
        <source>Enter the caller&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="129"/>
        <source>This is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="145"/>
        <source>Please check the fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotOpenedDialog</name>
    <message>
        <location filename="../../agent_desktop/shell/open_external.py" line="26"/>
        <source>Could not open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/open_external.py" line="26"/>
        <source>Could not open the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/open_external.py" line="28"/>
        <source>No file manager was found to open this folder. Its path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/open_external.py" line="30"/>
        <source>No web browser was found to open this link. The link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/open_external.py" line="37"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/open_external.py" line="50"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../forms/order_form_layout.py" line="66"/>
        <source>Express courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="67"/>
        <source>Standard courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="68"/>
        <source>Post (China Post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="69"/>
        <source>Self-pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="70"/>
        <source>Cash on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="71"/>
        <source>Online payment: Alipay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="72"/>
        <source>Online payment: WeChat Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="73"/>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="74"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="79"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="80"/>
        <source>18-character unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="81"/>
        <source>R&amp;ush order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="82"/>
        <source>&amp;Submit order (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="83"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="84"/>
        <source>Cancel this &amp;order...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="87"/>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="85"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="88"/>
        <source>&amp;Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="89"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="90"/>
        <source>Recipient p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="91"/>
        <source>&amp;Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="92"/>
        <source>&amp;Media source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="93"/>
        <source>&amp;Invoice title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="94"/>
        <source>Ta&amp;x id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="95"/>
        <source>Special &amp;requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="144"/>
        <source>Total: ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="160"/>
        <source>The quantity must be at least 1; to remove the line, select it and press Delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="373"/>
        <source>Discard order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="374"/>
        <source>Discard what you typed in this order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="400"/>
        <source>Cancel order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="401"/>
        <source>Cancel order %1? The customer will not receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="441"/>
        <source>The CRM refused the order: %1 Fix it and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="442"/>
        <source>The CRM refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="469"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="472"/>
        <source>Order %1 (provisional number, not yet confirmed by the CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="474"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="476"/>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="478"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="183"/>
        <source>Choose the customer (search by name or phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="185"/>
        <source>Add at least one product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="187"/>
        <source>An order has at most 50 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="190"/>
        <source>The quantity must be between 1 and 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="192"/>
        <source>Only %1 in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="194"/>
        <source>The discount is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="196"/>
        <source>Choose how the order is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="206"/>
        <source>Not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="208"/>
        <source>Choose how the customer pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="212"/>
        <source>A unified social credit code has 18 characters (now %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="216"/>
        <source>Only digits and capital letters except I, O, S, V and Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="218"/>
        <source>The check character is wrong: look for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="220"/>
        <source>An invoice with a tax id needs a title (company name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="222"/>
        <source>The invoice title is limited to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="224"/>
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
        <location filename="../../forms/order_lookup.py" line="51"/>
        <source>Order number (SO… or L…) or the customer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="54"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="55"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="57"/>
        <source>Total ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="58"/>
        <source>Courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="59"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="62"/>
        <source>&amp;Find order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="71"/>
        <source>%1 orders found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="73"/>
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
    <name>OrdersDialog</name>
    <message>
        <location filename="../../agent_desktop/features/reports/order_dialog.py" line="34"/>
        <source>Orders behind %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/order_dialog.py" line="36"/>
        <source>Orders behind %1 over the whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/order_dialog.py" line="55"/>
        <source>The orders could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/order_dialog.py" line="60"/>
        <source>Reading the orders...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/order_dialog.py" line="62"/>
        <source>%1 of %2 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/order_dialog.py" line="67"/>
        <source>Orders behind a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/order_dialog.py" line="68"/>
        <source>Read the next %1 orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersFeature</name>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="94"/>
        <source>&amp;New order...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="96"/>
        <source>Order look&amp;up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="227"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="334"/>
        <source>Unfinished orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="335"/>
        <source>%1 order(s) were not submitted last time:
%2
Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="341"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="342"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="343"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="415"/>
        <source>Order lookup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingWrapUps</name>
    <message>
        <location filename="../../screenpop/widgets/pending_wraps.py" line="48"/>
        <source>Wrap-ups waiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/pending_wraps.py" line="49"/>
        <source>Calls whose wrap-up is not submitted yet; choose one to go on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/pending_wraps.py" line="62"/>
        <source>Call at %1</source>
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
        <location filename="../../agent_desktop/features/phone/feature.py" line="48"/>
        <source>Call me from a &amp;demo customer</source>
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
        <location filename="../../agent_desktop/features/phone/feature.py" line="280"/>
        <source>Audio: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="282"/>
        <source>Audio: in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="261"/>
        <source>SIP: ready on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="269"/>
        <source>Next attempt in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="284"/>
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
        <location filename="../../agent_desktop/features/phone/availability.py" line="126"/>
        <source>SIP: trying again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneFeature</name>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="222"/>
        <source>No demo call: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="224"/>
        <source>No demo call: the phone is still starting. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="226"/>
        <source>A demo call is already on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="229"/>
        <source>No demo call: calls ring only while you are Ready. Choose Ready first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <location filename="../../crm/phones.py" line="58"/>
        <location filename="../../crm/phones.py" line="64"/>
        <source>Not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/phones.py" line="60"/>
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
    <name>PlayerControl</name>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="132"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="133"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="134"/>
        <source>Save a copy of this recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="135"/>
        <source>Drag to move in the recording (← → move 5 s, space plays or pauses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="173"/>
        <source>Recorded by the PBX: Play opens it in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="206"/>
        <source>No recording chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="208"/>
        <source>Inbound call, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="208"/>
        <source>Outbound call, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="211"/>
        <source>Recorded call of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="238"/>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="357"/>
        <source>Fetching the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="263"/>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="337"/>
        <source>Cannot play: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="265"/>
        <source>The recording cannot be fetched now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="299"/>
        <source>Playing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="316"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="316"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="345"/>
        <source>the file is not a sound recording this player can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="346"/>
        <source>the sound output failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="375"/>
        <source>Ogg/Opus audio (*.ogg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="375"/>
        <source>WAV audio (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="377"/>
        <source>Save the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="384"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="387"/>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="392"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pop</name>
    <message>
        <location filename="../../screenpop/core/lookup.py" line="89"/>
        <source>The customer id sent with the call is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/core/record_source.py" line="110"/>
        <source>Abnormal call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../agent_desktop/features/presence/core/machine.py" line="151"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/machine.py" line="155"/>
        <source>The desktop cannot take calls now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="26"/>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="27"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="28"/>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="29"/>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="30"/>
        <source>On call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="31"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="32"/>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="33"/>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="18"/>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="19"/>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="20"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="21"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="22"/>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="23"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="24"/>
        <source>Phone unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="25"/>
        <source>Headset unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="26"/>
        <source>Away (screen locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="27"/>
        <source>Wrap-up time ran out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenceFeature</name>
    <message>
        <location filename="../../agent_desktop/features/presence/feature.py" line="102"/>
        <source>E&amp;xtend wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/feature.py" line="265"/>
        <source>Give this wrap-up {0} more seconds (once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/feature.py" line="295"/>
        <source>{0}:{1:02d} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceApprovalPanel</name>
    <message>
        <location filename="../../forms/order_price_approval.py" line="175"/>
        <source>Asking a supervisor to approve the prices...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="175"/>
        <location filename="../../forms/order_price_approval.py" line="201"/>
        <source>Ask a supervisor to &amp;approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="178"/>
        <source>The request for approval was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="178"/>
        <location filename="../../forms/order_price_approval.py" line="188"/>
        <location filename="../../forms/order_price_approval.py" line="192"/>
        <source>&amp;Ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="184"/>
        <source>Waiting for a supervisor&apos;s approval (asked at %1)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="187"/>
        <source>%1 declined these prices at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="192"/>
        <source>The prices changed since %1 approved them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="198"/>
        <source>%1 at ¥%2 instead of the list price ¥%3: a discount over the limit needs a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="205"/>
        <source>Prices approved by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceApprovalRequest</name>
    <message>
        <location filename="../../forms/price_approval_request.py" line="65"/>
        <source>Price approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/price_approval_request.py" line="66"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/price_approval_request.py" line="67"/>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/price_approval_request.py" line="70"/>
        <source>%1 %2 × %3: ¥%4 instead of ¥%5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/price_approval_request.py" line="81"/>
        <source>%1 asks you to approve these prices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/price_approval_request.py" line="83"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductLookup</name>
    <message>
        <location filename="../../forms/product_lookup.py" line="66"/>
        <source>SKU, name or pinyin initials (e.g. amy for 按摩椅)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/product_lookup.py" line="67"/>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/product_lookup.py" line="68"/>
        <source>&amp;Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/product_lookup.py" line="75"/>
        <source>%1  %2  ¥%3  stock %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../agent_desktop/shell/qt_texts.py" line="16"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/qt_texts.py" line="17"/>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/qt_texts.py" line="18"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../agent_desktop/shell/qt_texts.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/qt_texts.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="18"/>
        <source>Standard call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="19"/>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="20"/>
        <source>Needs identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="21"/>
        <source>Product knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="22"/>
        <source>Compliance (recording announcement, price approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="23"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="41"/>
        <source>%1 (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="47"/>
        <source>The CRM cannot be reached; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="49"/>
        <source>Your role may not evaluate this agent&apos;s calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="51"/>
        <source>That call or evaluation is no longer there (the recording may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="52"/>
        <source>An unexpected error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="62"/>
        <source>In: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="62"/>
        <source>Out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityFeature</name>
    <message>
        <location filename="../../agent_desktop/features/quality/feature.py" line="62"/>
        <source>&amp;Evaluate calls...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/feature.py" line="64"/>
        <source>&amp;QA forms...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/feature.py" line="102"/>
        <source>My e&amp;valuations...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/quality/feature.py" line="102"/>
        <source>My e&amp;valuations (%n new)...</source>
        <translation>
            <numerusform>My e&amp;valuations (%n new)...</numerusform>
            <numerusform>My e&amp;valuations (%n new)...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/feature.py" line="138"/>
        <source>Evaluate calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/feature.py" line="155"/>
        <source>QA forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/feature.py" line="199"/>
        <source>My evaluations</source>
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
    <name>QualityUnsaved</name>
    <message>
        <location filename="../../agent_desktop/features/quality/unsaved.py" line="37"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/unsaved.py" line="39"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/unsaved.py" line="40"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/unsaved.py" line="41"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonsEditor</name>
    <message>
        <location filename="../../agent_desktop/settings/reasons_editor.py" line="143"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/reasons_editor.py" line="143"/>
        <source>Most minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/reasons_editor.py" line="144"/>
        <source>&amp;Add reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/reasons_editor.py" line="145"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/reasons_editor.py" line="150"/>
        <source>A built-in reason: its name follows the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/reasons_editor.py" line="151"/>
        <source>Empty minutes: no limit. Past the limit the agent&apos;s state turns amber.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentPopsList</name>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="28"/>
        <location filename="../../screenpop/widgets/recent_pops.py" line="76"/>
        <source>Recent pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="65"/>
        <source>(no call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="67"/>
        <source>(wrap-up pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="69"/>
        <source>(dialling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="69"/>
        <source>(ringing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="71"/>
        <source>(in call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="71"/>
        <source>(on hold)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordControl</name>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="97"/>
        <source>This call is being recorded: tell the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="147"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="149"/>
        <location filename="../../agent_desktop/features/recording/control.py" line="159"/>
        <source>Resume recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="151"/>
        <source>Recording paused: on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="152"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="157"/>
        <source>Pause recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="160"/>
        <source>Record call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="167"/>
        <source>This call is being recorded. Click to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="168"/>
        <source>This call is being recorded: the recording policy records calls, it cannot be paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="170"/>
        <source>The recording is paused: nothing is recorded. Click to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="172"/>
        <source>The call is on hold: nothing is recorded until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="174"/>
        <source>The recording policy records this call: it starts with the call&apos;s audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="176"/>
        <source>Record this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="183"/>
        <source>No call to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="185"/>
        <source>Recording is off (Settings &gt; Recording; it may be set by your IT department).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="187"/>
        <source>The recording policy records incoming calls only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="188"/>
        <source>The recording policy decides which calls are recorded: it cannot be started or paused here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="197"/>
        <source>● Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="197"/>
        <source>This call is recorded (tell the caller).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="201"/>
        <source>❚❚ Recording paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="201"/>
        <source>Nothing is recorded until you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="205"/>
        <source>❚❚ Recording paused: on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="207"/>
        <source>Nothing is recorded while the call is on hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingFeature</name>
    <message>
        <location filename="../../agent_desktop/features/recording/feature.py" line="89"/>
        <source>Call recordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/feature.py" line="247"/>
        <source>Open a customer&apos;s card first: the recordings are of their calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/feature.py" line="252"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/feature.py" line="282"/>
        <source>Call recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/feature.py" line="302"/>
        <source>The recordings cannot be loaded now: the CRM does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/feature.py" line="335"/>
        <source>That call has no recording.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingsPanel</name>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="61"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="61"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="61"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="61"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="73"/>
        <source>No recordings of this customer&apos;s calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="84"/>
        <source>In: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="84"/>
        <source>Out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="86"/>
        <source>Agent&apos;s desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="86"/>
        <source>PBX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedRows</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/refused_table.py" line="34"/>
        <source>Kept without a customer: %n customers have this number</source>
        <translation>
            <numerusform>Kept without a customer: %n customer has this number</numerusform>
            <numerusform>Kept without a customer: %n customers have this number</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/refused_table.py" line="43"/>
        <source>Line {0} of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/refused_table.py" line="52"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/refused_table.py" line="52"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/refused_table.py" line="53"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/refused_table.py" line="53"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <location filename="../../softphone/engine/engine.py" line="59"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="61"/>
        <source>Registration refused: the registrar&apos;s TLS certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="63"/>
        <source>Registration refused: wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="65"/>
        <source>Registrar not reachable; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="67"/>
        <source>Unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="68"/>
        <source>Registration failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="28"/>
        <source>Call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="22"/>
        <location filename="../../backoffice/reports/call_export.py" line="29"/>
        <source>Rang at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="30"/>
        <source>Answered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="31"/>
        <source>Ended at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="32"/>
        <location filename="../../backoffice/reports/export.py" line="154"/>
        <location filename="../../backoffice/reports/export.py" line="175"/>
        <location filename="../../backoffice/reports/export.py" line="224"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="23"/>
        <location filename="../../backoffice/reports/call_export.py" line="33"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="24"/>
        <location filename="../../backoffice/reports/call_export.py" line="34"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="35"/>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="57"/>
        <location filename="../../backoffice/reports/campaign_sheet.py" line="27"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="36"/>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="37"/>
        <location filename="../../backoffice/reports/export.py" line="111"/>
        <source>Dialled number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="28"/>
        <location filename="../../backoffice/reports/call_export.py" line="38"/>
        <location filename="../../backoffice/reports/export.py" line="112"/>
        <source>Media source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="27"/>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="59"/>
        <location filename="../../agent_desktop/features/reports/core/order_list.py" line="47"/>
        <location filename="../../backoffice/reports/call_export.py" line="39"/>
        <location filename="../../backoffice/reports/export.py" line="109"/>
        <location filename="../../backoffice/reports/export.py" line="228"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="40"/>
        <location filename="../../backoffice/reports/export.py" line="110"/>
        <location filename="../../backoffice/reports/export.py" line="227"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="41"/>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="42"/>
        <source>Wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="43"/>
        <source>Talk (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="44"/>
        <source>Hold (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="45"/>
        <source>Wrap-up (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="46"/>
        <source>Handling (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="53"/>
        <source>Direction code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="54"/>
        <source>Outcome code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="55"/>
        <source>Disposition code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="63"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="63"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="31"/>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="61"/>
        <location filename="../../backoffice/reports/call_export.py" line="47"/>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="48"/>
        <source>Called again within the FCR window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="61"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="62"/>
        <location filename="../../backoffice/reports/export.py" line="66"/>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="63"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="64"/>
        <source>CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="65"/>
        <source>per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="69"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="70"/>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="71"/>
        <source>Not ready by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="78"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="118"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/campaign_sheet.py" line="26"/>
        <source>By campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/campaign_sheet.py" line="28"/>
        <location filename="../../backoffice/reports/export.py" line="161"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="177"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="178"/>
        <source>Not ready (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/reasons.py" line="29"/>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="206"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="207"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="208"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="209"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="221"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="222"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="223"/>
        <source>To (not included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="226"/>
        <source>Grouped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="229"/>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="330"/>
        <source>Only the first %1 calls are on the calls sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="372"/>
        <source>By interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="373"/>
        <source>By agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="374"/>
        <source>By team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="375"/>
        <source>By dialled number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="376"/>
        <source>By media source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="379"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../crm/report_names.py" line="12"/>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/report_names.py" line="13"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/report_names.py" line="14"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/report_names.py" line="15"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/report_names.py" line="16"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/report_names.py" line="20"/>
        <source>Whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/query.py" line="46"/>
        <source>The last day is before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/query.py" line="48"/>
        <source>A report covers at most 732 days: choose a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/query.py" line="50"/>
        <source>Too many intervals for this period: choose a longer interval or a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/chart_panel.py" line="88"/>
        <source>h:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/chart_panel.py" line="88"/>
        <source>m:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/chart_panel.py" line="237"/>
        <source>No calls in this period for these filters. Choose other days, another team or agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/chart_panel.py" line="365"/>
        <source>&amp;Figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/chart_panel.py" line="366"/>
        <source>The figure the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="29"/>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="30"/>
        <source>Handling time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="56"/>
        <source>Result at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="25"/>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="58"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="26"/>
        <location filename="../../agent_desktop/features/reports/core/order_list.py" line="46"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="60"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="62"/>
        <source>SIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="71"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="72"/>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="73"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="74"/>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="75"/>
        <source>Short abandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="76"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="77"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="78"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="9"/>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="10"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="11"/>
        <source>Media source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="12"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="13"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/order_list.py" line="44"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/order_list.py" line="45"/>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/order_list.py" line="48"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="14"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/order_list.py" line="49"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/report_names.py" line="25"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="15"/>
        <source>Double-click for the calls behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="16"/>
        <source>No list of calls is kept behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/errors.py" line="22"/>
        <source>Your role may not see these figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/errors.py" line="24"/>
        <source>The back office is still preparing the reports (it counts every call once after an upgrade or a change of threshold). Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/errors.py" line="32"/>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/errors.py" line="33"/>
        <source>An unexpected error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/interval_charts.py" line="52"/>
        <source>Calls and abandons by interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/interval_charts.py" line="80"/>
        <source>Service level (answered within %1 s) against the target of %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/interval_charts.py" line="88"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/interval_charts.py" line="102"/>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/interval_charts.py" line="103"/>
        <source>The share of calls to answer within the service-level time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/group_charts.py" line="82"/>
        <source>%1: the first %2 of %3 media sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/campaign_charts.py" line="46"/>
        <source>Attempts, contacts and sales by campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/campaign_charts.py" line="54"/>
        <source>No campaign calls in this period for these filters. Choose other days, another team or agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsFeature</name>
    <message>
        <location filename="../../agent_desktop/features/reports/feature.py" line="46"/>
        <source>&amp;Reports...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/feature.py" line="47"/>
        <source>My &amp;day...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/feature.py" line="99"/>
        <source>QA scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/feature.py" line="100"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/feature.py" line="100"/>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/feature.py" line="114"/>
        <source>The customer card is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="196"/>
        <source>Reading the figures...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="203"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="233"/>
        <source>%1 on the centre&apos;s clock (%3); service level: %4, T = %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="235"/>
        <source>%1 to %2 on the centre&apos;s clock (%3); service level: %4, T = %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="238"/>
        <source>team %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="238"/>
        <source>all teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="259"/>
        <source>The report could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="271"/>
        <source>No list of calls is kept behind %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="288"/>
        <source>Calls behind %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="290"/>
        <source>Calls behind %1 over the whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="302"/>
        <source>Campaign calls behind %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="303"/>
        <source>Campaign calls behind %1 over the whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="319"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="319"/>
        <source>Calls, one row each (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="321"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="340"/>
        <source>Exporting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="345"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="360"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="361"/>
        <source>Read the figures for these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="362"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="363"/>
        <source>E&amp;xport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="365"/>
        <source>Save the report as an Excel workbook (every view, one row per call, the definitions) or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="368"/>
        <source>Volume and abandons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="369"/>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="370"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="371"/>
        <source>Media sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="372"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="373"/>
        <source>My figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoredWrapUps</name>
    <message>
        <location filename="../../agent_desktop/features/screenpop/wrap_restore.py" line="177"/>
        <source>Discard wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/wrap_restore.py" line="178"/>
        <source>Discard this wrap-up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/wrap_restore.py" line="185"/>
        <source>The call&apos;s log keeps what was typed before the app closed; what was typed since, and the follow-up to-do, are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/wrap_restore.py" line="191"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/wrap_restore.py" line="193"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <location filename="../../agent_desktop/shell/role_gate.py" line="39"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="53"/>
        <source>QA score: the mean of the weighted totals of the evaluations whose call started in the week or month (the centre&apos;s time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="57"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="57"/>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="58"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="58"/>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="58"/>
        <source>QA score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="74"/>
        <source>Reading the QA scores...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="81"/>
        <source>No evaluated calls in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPopDock</name>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="147"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="148"/>
        <source>The CRM cannot be reached: this card comes from the local copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="149"/>
        <source>The customer card appears here when a call rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="343"/>
        <source>Opened without a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="345"/>
        <source>Not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="345"/>
        <source>Not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="348"/>
        <source>Call finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="350"/>
        <source>Call ended: wrap-up pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="352"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="354"/>
        <source>In call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="356"/>
        <source>Dialling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="358"/>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="360"/>
        <source>(marked abnormal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenView</name>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="15"/>
        <source>Answered a call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="16"/>
        <source>Dialled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="17"/>
        <source>Call ended: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="18"/>
        <source>Opened customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="19"/>
        <source>Created %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="20"/>
        <source>Changed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="21"/>
        <source>Deleted %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="22"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="23"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="24"/>
        <source>Searched customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="25"/>
        <source>Exported %2 customers to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="26"/>
        <source>Handed %2 customers to call list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="28"/>
        <source>State: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="29"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="32"/>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="33"/>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="34"/>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="35"/>
        <source>to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="36"/>
        <source>call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="37"/>
        <source>call log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="38"/>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="39"/>
        <source>blocked number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="43"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="44"/>
        <source>Called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="45"/>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="46"/>
        <source>Gave back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenViewFeature</name>
    <message>
        <location filename="../../agent_desktop/features/screenview/feature.py" line="105"/>
        <source>Being viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/feature.py" line="107"/>
        <source>%1 can see this window (not other programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/feature.py" line="108"/>
        <source>A supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/feature.py" line="120"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/feature.py" line="129"/>
        <source>Screen of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenViewer</name>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="167"/>
        <source>Asking %1&apos;s desktop for its screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="219"/>
        <source>Waiting for %1&apos;s screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="236"/>
        <source>%1&apos;s desktop does not answer: it may be closed or offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="247"/>
        <source>%1&apos;s screen at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="291"/>
        <source>You may not view %1&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="295"/>
        <source>%1 Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="305"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="305"/>
        <source>In call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="304"/>
        <source>What %1 did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="114"/>
        <source>Nothing yet: %1&apos;s operations appear here as they do them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="307"/>
        <source>The agent&apos;s operations, newest first; during a call, how far into it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchConditions</name>
    <message>
        <location filename="../../forms/search_conditions.py" line="114"/>
        <source>Name or pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="115"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="116"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="117"/>
        <source>Province, city or district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="118"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="119"/>
        <source>Product bought (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="138"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="140"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="140"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="120"/>
        <source>VIP level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="121"/>
        <source>VIP level at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="122"/>
        <source>Accepts sample trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="123"/>
        <source>Agreed to follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="124"/>
        <source>Preferred call window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="125"/>
        <source>Has a complaint that is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="126"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="127"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="142"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="143"/>
        <source>Morning (09-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="144"/>
        <source>Afternoon (12-18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="145"/>
        <source>Evening (18-21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="146"/>
        <source>Weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="147"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="148"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="149"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="150"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="161"/>
        <source>The date range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="167"/>
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
        <location filename="../../agent_desktop/features/search/feature.py" line="72"/>
        <source>&amp;Find customers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/search/feature.py" line="75"/>
        <source>New &amp;customer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/search/feature.py" line="121"/>
        <source>The CRM is not ready yet; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/search/feature.py" line="137"/>
        <source>Find customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../forms/search_panel.py" line="170"/>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="171"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="172"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="173"/>
        <source>Save search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="174"/>
        <source>Delete saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="175"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="177"/>
        <source>Add to a campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="179"/>
        <source>Add every customer this search finds to an outbound campaign, with the back office&apos;s check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="218"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="233"/>
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>%n customer shown</numerusform>
            <numerusform>%n customers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="235"/>
        <source>%n found locally, more on demand</source>
        <translation>
            <numerusform>%n found locally, more on demand</numerusform>
            <numerusform>%n found locally, more on demand</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="242"/>
        <source>CRM not searched: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="277"/>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="277"/>
        <source>Name of this search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="291"/>
        <source>Search first, then export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="295"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="299"/>
        <source>%n customer(s) exported</source>
        <translation>
            <numerusform>%n customer exported</numerusform>
            <numerusform>%n customers exported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="304"/>
        <source>Export failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="312"/>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="314"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="182"/>
        <source>Hand to call list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="184"/>
        <source>Put every customer found on an outbound call list, worked through the Call Back queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="337"/>
        <source>Search first, then hand the results to a call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="371"/>
        <source>Adding customers to call list {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="383"/>
        <source>Not added to the call list: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="393"/>
        <source>%n customer(s) added to call list {0}</source>
        <translation>
            <numerusform>%n customer added to call list {0}</numerusform>
            <numerusform>%n customers added to call list {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="396"/>
        <source>%n without a phone skipped</source>
        <translation>
            <numerusform>%n without a phone skipped</numerusform>
            <numerusform>%n without a phone skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="398"/>
        <source>%n already on the list</source>
        <translation>
            <numerusform>%n already on the list</numerusform>
            <numerusform>%n already on the list</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="400"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="400"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../forms/search_results_model.py" line="81"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="82"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="83"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="84"/>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="85"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="86"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="87"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="89"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="89"/>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="106"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="108"/>
        <source>must not contain spaces or any of @ : &lt; &gt; &quot; &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="115"/>
        <source>must be 0 (ring until the caller hangs up) or at least 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="128"/>
        <source>must be a host name or address, without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="161"/>
        <source>must start with http:// or https:// (or be empty for the embedded back office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="166"/>
        <source>must not contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="174"/>
        <source>must be a two-letter country code such as CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="257"/>
        <source>may hold only digits, letters, * # + - _ . ! ~ and {extension} or {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="317"/>
        <source>must be an http:// or https:// address without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="320"/>
        <source>may use only {call_id}, {call_log_id}, {number}, {date} and {time} in braces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="30"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="32"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="98"/>
        <source>unknown setting {0}: sections are {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="103"/>
        <source>unknown setting {0}: keys of [{1}] are {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="128"/>
        <source>{0}: expected a table of sections ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="133"/>
        <source>{0}: [{1}] must be a table of settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="153"/>
        <source>{0}: not a JSON list: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="186"/>
        <source>{0}: cannot read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="131"/>
        <source>{0} is set by your administrator and cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="169"/>
        <source>set by your administrator and cannot be changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="197"/>
        <source>{0}: these keys are set by your administrator: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="207"/>
        <source>{0}: the settings file {1} cannot be written: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="65"/>
        <source>{0}: no such policy file (named by {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="105"/>
        <source>{0}: &apos;locked&apos; must be a list of setting names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="127"/>
        <location filename="../../agent_desktop/settings/policy.py" line="177"/>
        <source>{0}: &apos;{1}&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="138"/>
        <source>{0}: unknown section [{1}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="180"/>
        <source>{0}: &apos;bundle_signing_keys&apos; must be a list of base64 Ed25519 public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="28"/>
        <source>{0}: cannot fetch the settings bundle: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="29"/>
        <source>{0}: the settings bundle is larger than {1} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="32"/>
        <source>{0}: the policy accepts settings bundles only over HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="33"/>
        <source>{0}: the settings bundle is not signed with a key the policy trusts ({1} is missing or does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="95"/>
        <source>{0}: the settings bundle is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="107"/>
        <source>{0}: the settings bundle must be a table of sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="110"/>
        <source>{0}: not valid TOML or JSON ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="142"/>
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
        <location filename="../../agent_desktop/settings/policy_registry.py" line="84"/>
        <source>{0}: {1} has a registry type this setting cannot take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/presence_reasons.py" line="62"/>
        <source>lists a reason twice: each id may appear once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/presence_reasons.py" line="63"/>
        <source>phone_unavailable, away, headset and after_wrap_up are set by the desktop itself, not picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/presence_reasons.py" line="66"/>
        <source>a reason of your own needs a name (only built-in ids have one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="52"/>
        <source>lists a text twice: each id may appear once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="53"/>
        <source>a text of your own needs a title and a body (only built-in ids have them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="88"/>
        <source>No system password store is available: passwords are kept only until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="99"/>
        <source>The password store is not available: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="125"/>
        <source>Looking for audio devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="127"/>
        <source>No audio devices found. Calls will use the system default once a device is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="129"/>
        <source>Audio devices could not be listed (is PortAudio installed?). The system default will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="141"/>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="143"/>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="145"/>
        <source>Must be at most {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="147"/>
        <source>Must be at least {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="149"/>
        <source>Must be more than {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="155"/>
        <source>Not a valid value; use one of: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="165"/>
        <source>{0} is already used for &quot;{1}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="233"/>
        <source>Not saved: tick the session-only box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="235"/>
        <source>Not saved: the password store failed ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="252"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="255"/>
        <source>Remember passwords for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="33"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="36"/>
        <source>Registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="37"/>
        <source>Host name or address of your phone system; empty: no registration (direct calls only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="41"/>
        <location filename="../../agent_desktop/settings/pages.py" line="175"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="42"/>
        <location filename="../../agent_desktop/settings/pages.py" line="176"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="45"/>
        <source>Authentication name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="46"/>
        <source>Only when it differs from the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="48"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="49"/>
        <source>Outbound proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="50"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="53"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="56"/>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="57"/>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="58"/>
        <source>TLS (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="63"/>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="65"/>
        <source>Empty: automatic (5070 without a registrar, any free port with one). 0: any free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="72"/>
        <source>Bind address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="73"/>
        <source>Empty: automatic (this PC only without a registrar or proxy, otherwise all its addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="78"/>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="79"/>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="82"/>
        <source>Media encryption (SRTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="85"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="86"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="87"/>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="92"/>
        <source>STUN servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="94"/>
        <source>Separate several with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="96"/>
        <source>Use ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="97"/>
        <source>TURN server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="98"/>
        <source>TURN user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="99"/>
        <source>Registration retry (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="102"/>
        <source>Longest registration retry (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="104"/>
        <source>While the registrar does not answer; the phone registers again at most this long after it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="111"/>
        <source>Renew registration every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="113"/>
        <source>Heals a registrar restart within this time; 0: only shortly before the registration expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="118"/>
        <source>Registration lifetime (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="119"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="120"/>
        <source>Phone lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="121"/>
        <source>Answer calls automatically when Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="122"/>
        <source>SIP response to blocked callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="125"/>
        <source>Stop ringing after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="127"/>
        <source>An unanswered call then ends and its caller is listed for a call back; 0: ring until the caller hangs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="134"/>
        <source>Detect answering machines and fax on dialler calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="136"/>
        <source>A dialler&apos;s call listens to the first seconds after the answer: fax tones, or a long greeting of an answering machine, are told apart from a person&apos;s short hello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="144"/>
        <source>Wrap-up after unanswered and rejected calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="146"/>
        <source>Otherwise a call that was never answered is logged at once, without a wrap-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="153"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="154"/>
        <source>Speaker / headset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="155"/>
        <source>Ringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="156"/>
        <source>Ringtone volume (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="159"/>
        <source>Sound when a to-do or call back falls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="161"/>
        <source>Played on the ringer; the tray message and the tab&apos;s badge come either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="170"/>
        <source>CRM address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="171"/>
        <source>For example https://crm.example.com; empty: the built-in local back office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="179"/>
        <source>Default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="180"/>
        <source>Two-letter country code used for numbers without a country prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="182"/>
        <source>Request timeout (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="183"/>
        <source>Sync interval (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="189"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="192"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="193"/>
        <source>Chinese (Simplified) - 简体中文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="194"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="196"/>
        <source>The window switches language as soon as you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="200"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="203"/>
        <source>As the system (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="204"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="205"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="211"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="212"/>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="213"/>
        <source>Hold / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="214"/>
        <source>Mute / unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="215"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="216"/>
        <source>Record the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="222"/>
        <source>Not-ready reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="224"/>
        <source>What agents may pick for being Not ready, with an optional limit in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="228"/>
        <source>Not ready while the screen is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="231"/>
        <source>Not ready while the headset is unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="239"/>
        <source>Record calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="242"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="243"/>
        <source>Every answered call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="244"/>
        <source>Answered incoming calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="245"/>
        <source>When the agent presses Record (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="247"/>
        <source>Nothing is recorded while a call is on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="251"/>
        <source>The caller is told the call is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="253"/>
        <source>The status bar shows a recorded call and the agent is reminded to tell the caller, or the announcement below is played to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="261"/>
        <source>Announcement (WAV file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="262"/>
        <source>Played to the caller when the recording starts; empty: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="266"/>
        <source>Keep recordings at least (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="268"/>
        <source>0: as long as the centre keeps them (set by an administrator in the back office). A value can only keep them longer, never shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="276"/>
        <source>PBX recording address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="277"/>
        <source>When the phone system records: the address of a call&apos;s recording, e.g. https://pbx/rec/{call_id}.wav ({call_id}, {call_log_id}, {number}, {date}, {time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="286"/>
        <source>SIP account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="287"/>
        <source>Audio devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="288"/>
        <source>CRM connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="289"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="290"/>
        <source>Hotkeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="291"/>
        <source>Agent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="292"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="156"/>
        <source>Not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="220"/>
        <source>Not saved: the settings were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="224"/>
        <source>Not saved: the settings file {0} could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="220"/>
        <source>{0} (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="243"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="246"/>
        <source>Unchanged; type to set a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="248"/>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="249"/>
        <source>This setting is set by your administrator and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="132"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="133"/>
        <source>E&amp;xport diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="277"/>
        <source>Export diagnostics for IT support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="279"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="292"/>
        <source>Exporting diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="295"/>
        <source>Diagnostics saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="299"/>
        <source>Diagnostics not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../agent_desktop/shell/shortcuts_dialog.py" line="86"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/shortcuts_dialog.py" line="87"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/shortcuts_dialog.py" line="87"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../agent_desktop/features/todo/snooze_dialog.py" line="35"/>
        <source>Snooze to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/snooze_dialog.py" line="36"/>
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
        <location filename="../../softphone/engine/events.py" line="192"/>
        <source>The phone could not start: this computer&apos;s SIP stack has no TLS. Ask IT to set sip.transport to tcp or udp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/events.py" line="201"/>
        <source>The phone could not do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="197"/>
        <source>The phone could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/engine/events.py" line="186"/>
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
        <location filename="../../softphone/qt/softphone_dock.py" line="109"/>
        <source>Mic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/softphone_dock.py" line="110"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../softphone/qt/softphone_dock.py" line="111"/>
        <source>Recent calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../main.py" line="20"/>
        <source>the system policy file is invalid, ask your IT support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main.py" line="21"/>
        <source>settings bundle not imported (nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main.py" line="22"/>
        <source>--as signs in a demo account of the embedded back office, but crm.url names a CRM: sign in there with crm.username and its password instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../main.py" line="68"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamEdit</name>
    <message>
        <location filename="../../agent_desktop/shell/team_edit.py" line="104"/>
        <source>The teams there are (or the Down key)</source>
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
        <location filename="../../agent_desktop/features/todo/banner.py" line="50"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/banner.py" line="51"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/banner.py" line="67"/>
        <source>Due: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/banner.py" line="69"/>
        <source>(+{0} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoDock</name>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="195"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="196"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="197"/>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="198"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="199"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="202"/>
        <source>By due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="203"/>
        <source>By priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="204"/>
        <source>By title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="205"/>
        <source>By creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="215"/>
        <source>Show done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="216"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="217"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="218"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="219"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="220"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="222"/>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="223"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="224"/>
        <source>Tomorrow 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="225"/>
        <source>Choose a time…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoFeature</name>
    <message>
        <location filename="../../agent_desktop/features/todo/feature.py" line="88"/>
        <source>New to-do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/feature.py" line="237"/>
        <source>The to-do could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/feature.py" line="301"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoForm</name>
    <message>
        <location filename="../../forms/todo_form.py" line="108"/>
        <source>Edit to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="108"/>
        <source>New to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="109"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="111"/>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="112"/>
        <source>This to-do is not about this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="114"/>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="115"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="117"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="118"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="119"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="120"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="124"/>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="126"/>
        <source>My team ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="128"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="129"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="130"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="131"/>
        <source>Due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="132"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="133"/>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="134"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="211"/>
        <source>Enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="23"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="24"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="25"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="26"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="27"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="30"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="31"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="32"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="33"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="35"/>
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
        <location filename="../../agent_desktop/features/logistics/unconfirmed_box.py" line="35"/>
        <source>Unconfirmed changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/unconfirmed_box.py" line="36"/>
        <source>%1 orders have a courier or tracking number that is not confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/unconfirmed_box.py" line="40"/>
        <source>Confirm them now, discard them, or cancel and go on editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/unconfirmed_box.py" line="38"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/unconfirmed_box.py" line="39"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../../agent_desktop/shell/upgrade_notice.py" line="74"/>
        <source>Version {0} is installed: restart Agent Desktop when convenient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/upgrade_notice.py" line="78"/>
        <source>New version {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="120"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="121"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="122"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="123"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="124"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="130"/>
        <source>e.g. Sales 1 (empty: no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="131"/>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="132"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="133"/>
        <source>Fill in a random password (shown, to pass on to the user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="134"/>
        <source>&amp;Save user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="134"/>
        <source>&amp;Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="150"/>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="170"/>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="25"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="26"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="27"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="28"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="29"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="30"/>
        <source>Locked out until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="39"/>
        <source>%1 (after failed sign-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="93"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="93"/>
        <source>No (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="114"/>
        <source>&amp;New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="115"/>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="116"/>
        <source>Reset pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="117"/>
        <source>&amp;Clear lock-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="118"/>
        <source>Let the user sign in again at once after failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="138"/>
        <source>Reading the users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="151"/>
        <source>Users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="155"/>
        <source>The users could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="202"/>
        <source>Rea&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="202"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="236"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="243"/>
        <source>Saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="251"/>
        <source>Not saved; nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="275"/>
        <source>%1 may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="280"/>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="281"/>
        <source>Deactivate %1? They are signed out at once and cannot sign in until reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="284"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="286"/>
        <source>%1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="297"/>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="301"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="298"/>
        <source>Give %1 a new password? Their sessions end; you pass the new password on to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="312"/>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="334"/>
        <source>Not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="347"/>
        <source>%1 may sign in again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="351"/>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="366"/>
        <source>The lock-out was not cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="362"/>
        <source>Sign-ins from %1 are let in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="16"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="17"/>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="50"/>
        <source>In wrap-up longer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="51"/>
        <source>Not ready (%2) longer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="52"/>
        <source>Desktop not heard from: disconnected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallboardFeature</name>
    <message>
        <location filename="../../agent_desktop/features/wallboard/feature.py" line="44"/>
        <source>&amp;Wallboard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/feature.py" line="87"/>
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
        <source>Calls today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="32"/>
        <source>AHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="33"/>
        <source>Wrap-up today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="34"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="37"/>
        <source>Calls connected today, incoming and outgoing (the centre&apos;s day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="38"/>
        <source>Average handling time today: (talk + hold + wrap-up) ÷ calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="39"/>
        <source>Time spent in wrap-up after today&apos;s calls, in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="41"/>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallboardTeams</name>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="21"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="22"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="23"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="24"/>
        <source>On calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="25"/>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="26"/>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="27"/>
        <source>Stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="28"/>
        <source>Calls today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="29"/>
        <source>AHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="30"/>
        <source>Wrap-up today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="33"/>
        <source>Ringing, on a call or holding one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="34"/>
        <source>In wrap-up or Not ready longer than allowed, or disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="39"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallboardView</name>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="324"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="283"/>
        <source>Agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="292"/>
        <source>%1: %2 agents, the longest for %3 (mm:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="297"/>
        <source>Stuck: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="329"/>
        <source>In wrap-up or Not ready longer than allowed, or disconnected: shown first, in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="306"/>
        <source>The board could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="309"/>
        <source>The wallboard is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="312"/>
        <source>%1 Trying again in %2 s; until then the board may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="320"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="325"/>
        <source>The board shows your own team only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="326"/>
        <source>Show the agents of one team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsTable</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/windows_table.py" line="94"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/windows_table.py" line="94"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUp</name>
    <message>
        <location filename="../../forms/wrapup_result.py" line="72"/>
        <source>Choose how the call ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="74"/>
        <source>Notes are limited to 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="78"/>
        <source>Give the follow-up a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="80"/>
        <source>The title is limited to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="83"/>
        <source>The follow-up must be due in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpDrafts</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/screenpop/wrap_draft.py" line="106"/>
        <source>%n wrap-up(s) cut off last time were saved with the notes typed, as not wrapped up.</source>
        <translation>
            <numerusform>%n wrap-up cut off last time were saved with the notes typed, as not wrapped up.</numerusform>
            <numerusform>%n wrap-ups cut off last time were saved with the notes typed, as not wrapped up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/screenpop/wrap_draft.py" line="113"/>
        <source>%n wrap-up(s) cut off last time are back as they were typed; their call logs are saved.</source>
        <translation>
            <numerusform>%n wrap-up cut off last time is back as it was typed; its call log is saved.</numerusform>
            <numerusform>%n wrap-ups cut off last time are back as they were typed; their call logs are saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <location filename="../../forms/wrapup_form.py" line="165"/>
        <location filename="../../forms/wrapup_form.py" line="216"/>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="164"/>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="173"/>
        <source>Create a &amp;follow-up to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="167"/>
        <source>&amp;Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="168"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="169"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="170"/>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="174"/>
        <source>&amp;Submit wrap-up (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="165"/>
        <location filename="../../forms/wrapup_form.py" line="216"/>
        <source>Wrap-up: outgoing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="175"/>
        <source>Disca&amp;rd wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="178"/>
        <source>Restored: the app closed before this wrap-up was submitted. The call&apos;s log is saved; submitting completes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="183"/>
        <source>Submit the wrap-up (in the wrap-up form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="261"/>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpQuitGuard</name>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="54"/>
        <source>A call is still under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="56"/>
        <source>The wrap-up of the last call is not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="62"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="63"/>
        <source>Sign out anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="65"/>
        <source>Sign out anyway saves the call&apos;s log with what is known so far (times, notes typed), marked as not wrapped up; it reaches the CRM now or at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="71"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="74"/>
        <source>Quit anyway saves the call&apos;s log with what is known so far (times, notes typed), marked as not wrapped up; it reaches the CRM now or at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="85"/>
        <source>Finish the wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="72"/>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="90"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
