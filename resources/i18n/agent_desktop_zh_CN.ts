<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Abnormal</name>
    <message>
        <location filename="../../screenpop/core/session.py" line="21"/>
        <source>Silent call</source>
        <translation>无声来电</translation>
    </message>
    <message>
        <location filename="../../screenpop/core/session.py" line="22"/>
        <source>Harassment</source>
        <translation>骚扰电话</translation>
    </message>
    <message>
        <location filename="../../screenpop/core/session.py" line="23"/>
        <source>Dropped call</source>
        <translation>掉线</translation>
    </message>
    <message>
        <location filename="../../screenpop/core/session.py" line="24"/>
        <source>Wrong number</source>
        <translation>打错电话</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="52"/>
        <source>About Agent Desktop</source>
        <translation>关于坐席工作台</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="53"/>
        <source>Agent Desktop</source>
        <translation>坐席工作台</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="56"/>
        <source>A desktop client for call-centre agents: softphone, customer card on incoming calls, orders, to-dos and callbacks, working with the back-office CRM.</source>
        <translation>呼叫中心坐席桌面客户端：软电话、来电弹屏客户卡片、订单、待办和回拨，与后台 CRM 协同工作。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="61"/>
        <source>Python {0}, Qt for Python {1}</source>
        <translation>Python {0}，Qt for Python {1}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="63"/>
        <source>Settings: {0}</source>
        <translation>设置：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/about_dialog.py" line="65"/>
        <source>Logs: {0}</source>
        <translation>日志：{0}</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="33"/>
        <source>At least {0} characters.</source>
        <translation>至少 {0} 个字符。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="34"/>
        <source>At most {0} characters.</source>
        <translation>最多 {0} 个字符。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="35"/>
        <source>Only letters, digits and . _ @ - (no spaces).</source>
        <translation>只能使用字母、数字和 . _ @ -（不能有空格）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="36"/>
        <source>This user name is taken; choose another.</source>
        <translation>该登录名已被使用，请换一个。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="37"/>
        <source>Fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="38"/>
        <source>Choose one of the roles offered.</source>
        <translation>请从列出的角色中选择。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="41"/>
        <source>The CRM refused this: {0}</source>
        <translation>CRM 拒绝了此项：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="85"/>
        <source>Someone changed this user meanwhile: the list shows them as they are now.</source>
        <translation>有人同时修改了该用户：列表已显示其最新信息。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="91"/>
        <source>Only an administrator may manage users.</source>
        <translation>只有管理员可以管理用户。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="93"/>
        <source>This user is no longer in the CRM.</source>
        <translation>CRM 中已没有该用户。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="96"/>
        <source>The CRM cannot be reached; nothing was changed. Try again.</source>
        <translation>无法连接 CRM，未做任何更改。请重试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/refusals.py" line="103"/>
        <source>The change could not be made. Try again.</source>
        <translation>未能完成更改。请重试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/users.py" line="32"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/users.py" line="33"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/users.py" line="34"/>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/core/users.py" line="35"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>AccountsFeature</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/feature.py" line="49"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/feature.py" line="50"/>
        <source>User &amp;accounts...</source>
        <translation>用户账户(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/feature.py" line="98"/>
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
</context>
<context>
    <name>AccountsNotices</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="36"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="37"/>
        <source>The user&apos;s details you typed are not saved.</source>
        <translation>您输入的用户信息尚未保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="38"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="39"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="40"/>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="57"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="69"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="78"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="82"/>
        <source>It will not be shown again: copy it or write it down now, then pass it on.</source>
        <translation>此密码不会再次显示：请现在复制或记下，再转交给对方。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="104"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="110"/>
        <source>%1 was created with this password:</source>
        <translation>已创建用户 %1，密码如下：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="112"/>
        <source>The new password of %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/notices.py" line="89"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>AddToCampaignDialog</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="71"/>
        <source>New draft campaign...</source>
        <translation>新建草稿活动...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="87"/>
        <source>Name the new campaign.</source>
        <translation>请为新活动命名。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="105"/>
        <source>Adding the customers found...</source>
        <translation>正在添加找到的客户...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="111"/>
        <source>%n customer(s) added</source>
        <translation>
            <numerusform>已添加 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="112"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="113"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n 条被拒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="125"/>
        <source>An unexpected error ({0}).</source>
        <translation>意外错误（{0}）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="126"/>
        <source>Not added: {0}</source>
        <translation>未添加：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="133"/>
        <source>Add to a campaign</source>
        <translation>加入外呼活动</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="134"/>
        <source>Campaign:</source>
        <translation>外呼活动：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="135"/>
        <source>New campaign&apos;s name:</source>
        <translation>新活动名称：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/add_dialog.py" line="136"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>Address</name>
    <message>
        <location filename="../../forms/address_rules.py" line="105"/>
        <source>Enter the province.</source>
        <translation>请输入省份。</translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="107"/>
        <source>Not a Chinese province; choose one from the list.</source>
        <translation>不是中国的省份，请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="109"/>
        <source>Enter the city.</source>
        <translation>请输入城市。</translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="111"/>
        <source>The city is limited to 32 characters.</source>
        <translation>城市不能超过 32 个字符。</translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="113"/>
        <source>Enter the district or county.</source>
        <translation>请输入区/县。</translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="115"/>
        <source>The district is limited to 32 characters.</source>
        <translation>区/县不能超过 32 个字符。</translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="117"/>
        <source>Enter the street, number and room (at least 4 characters).</source>
        <translation>请输入街道、门牌号和房间号（至少 4 个字符）。</translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="119"/>
        <source>The street is limited to 200 characters.</source>
        <translation>街道地址不能超过 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../forms/address_rules.py" line="121"/>
        <source>A postal code has 6 digits.</source>
        <translation>邮政编码为 6 位数字。</translation>
    </message>
</context>
<context>
    <name>AddressEdit</name>
    <message>
        <location filename="../../forms/address_edit.py" line="67"/>
        <source>Pro&amp;vince</source>
        <translation>省份(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="68"/>
        <source>Cit&amp;y</source>
        <translation>城市(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="69"/>
        <source>Dis&amp;trict</source>
        <translation>区/县(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="70"/>
        <source>Stree&amp;t</source>
        <translation>街道(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/address_edit.py" line="71"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
</context>
<context>
    <name>AddressLockouts</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="113"/>
        <source>Client addresses locked out after failed sign-ins</source>
        <translation>登录失败后被锁定的客户端地址</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="114"/>
        <source>No client address is locked out.</source>
        <translation>没有被锁定的客户端地址。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="115"/>
        <source>&amp;Unlock</source>
        <translation>解除锁定(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="116"/>
        <source>Let sign-ins from the chosen address in again at once</source>
        <translation>让所选地址立即可以再次登录</translation>
    </message>
</context>
<context>
    <name>AddressesModel</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="59"/>
        <source>Client address</source>
        <translation>客户端地址</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="60"/>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="61"/>
        <source>Until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="62"/>
        <source>Failed sign-ins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/address_list.py" line="75"/>
        <source>%1 (backing off)</source>
        <translation>%1（登录失败后暂停）</translation>
    </message>
</context>
<context>
    <name>AgentMenu</name>
    <message>
        <location filename="../../agent_desktop/features/wallboard/agent_menu.py" line="42"/>
        <source>View screen</source>
        <translation>查看画面</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/agent_menu.py" line="43"/>
        <source>See the agent&apos;s window live, with what they did</source>
        <translation>实时查看坐席的窗口及其操作</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/agent_menu.py" line="51"/>
        <source>Listen to the call</source>
        <translation>监听通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/agent_menu.py" line="52"/>
        <source>Whisper to the agent</source>
        <translation>对坐席耳语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/agent_menu.py" line="53"/>
        <source>Barge into the call</source>
        <translation>强插通话</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="53"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="54"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="55"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="56"/>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="57"/>
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="58"/>
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="61"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="63"/>
        <source>{0}, after this call</source>
        <translation>{0}（本通话结束后）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/agent_state.py" line="65"/>
        <source>You cannot be Ready now: {0}. You will be Ready again as soon as this is solved.</source>
        <translation>现在无法设为就绪：{0}。问题解决后将自动恢复为就绪。</translation>
    </message>
</context>
<context>
    <name>AlertPresenter</name>
    <message>
        <location filename="../../agent_desktop/features/todo/alert_presenter.py" line="65"/>
        <source>To-do due</source>
        <translation>待办到期</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/alert_presenter.py" line="65"/>
        <source>{0} to-dos due</source>
        <translation>{0} 项待办到期</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <location filename="../../softphone/engine/audio_io.py" line="87"/>
        <source>Audio unavailable: PortAudio is not installed</source>
        <translation>音频不可用：未安装 PortAudio</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/audio_io.py" line="117"/>
        <location filename="../../softphone/engine/engine.py" line="329"/>
        <source>Audio unavailable: no sound device found</source>
        <translation>音频不可用：未找到声音设备</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="285"/>
        <source>Audio unavailable: no sound device configured</source>
        <translation>音频不可用：未配置声音设备</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="288"/>
        <source>Audio opens with the next call</source>
        <translation>音频将在下一通电话时开启</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="336"/>
        <source>Audio ready</source>
        <translation>音频就绪</translation>
    </message>
</context>
<context>
    <name>CallActionsBar</name>
    <message>
        <location filename="../../screenpop/widgets/call_actions.py" line="51"/>
        <source>Mark &amp;abnormal</source>
        <translation>标记为异常(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_actions.py" line="54"/>
        <source>&amp;Block number</source>
        <translation>拉黑号码(&amp;B)</translation>
    </message>
</context>
<context>
    <name>CallBanner</name>
    <message numerus="yes">
        <location filename="../../screenpop/widgets/call_banner.py" line="184"/>
        <source>%n customers with this number</source>
        <translation>
            <numerusform>%n 位客户使用此号码</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="187"/>
        <source>Unknown caller</source>
        <translation>未知来电</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="195"/>
        <source>via %1</source>
        <translation>经 %1</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="209"/>
        <source>Dialling for</source>
        <translation>已拨号时长</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="209"/>
        <source>Ringing for</source>
        <translation>已振铃时长</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="211"/>
        <source>Talk %1</source>
        <translation>通话 %1</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="214"/>
        <source>Hold %1</source>
        <translation>保持 %1</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/call_banner.py" line="217"/>
        <source>Talk: connected and not on hold. Hold: on hold. Handle time adds the wrap-up to both.</source>
        <translation>通话：接通且未保持的时长。保持：保持中的时长。处理时长为二者之和再加话后处理时长。</translation>
    </message>
</context>
<context>
    <name>CallControls</name>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="104"/>
        <source>Answer</source>
        <translation>接听</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="105"/>
        <source>Reject</source>
        <translation>拒接</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="106"/>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="118"/>
        <source>Hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="107"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="108"/>
        <source>Transfer to…</source>
        <translation>转接到…</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="109"/>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="110"/>
        <source>Complete transfer</source>
        <translation>完成转接</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="111"/>
        <source>Conference</source>
        <translation>三方通话</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="118"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="170"/>
        <source>Talk %1</source>
        <translation>通话 %1</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/call_controls.py" line="172"/>
        <source>Talk time (hold excluded); on hold %1</source>
        <translation>通话时长（不含保持）；保持 %1</translation>
    </message>
</context>
<context>
    <name>CallListDialog</name>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="79"/>
        <source>Hand to call list</source>
        <translation>加入外呼名单</translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="80"/>
        <source>e.g. spring follow-up</source>
        <translation>例如：春季回访</translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="81"/>
        <source>Queue default ({0})</source>
        <translation>队列默认（{0}）</translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="68"/>
        <source>Counting customers…</source>
        <translation>正在统计客户…</translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="83"/>
        <source>List &amp;name:</source>
        <translation>名单名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="83"/>
        <source>Start calling &amp;at:</source>
        <translation>开始外呼时间(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="83"/>
        <source>Attempts per &amp;customer:</source>
        <translation>每位客户尝试次数(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="105"/>
        <source>More than {0} customers match.</source>
        <translation>匹配的客户超过 {0} 位。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/call_list_dialog.py" line="106"/>
        <source>%n customer(s) will be added.</source>
        <translation>
            <numerusform>将加入 %n 位客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/call_list_dialog.py" line="108"/>
        <source>%n without a phone will be skipped.</source>
        <translation>
            <numerusform>其中 %n 位没有电话，将跳过。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="117"/>
        <source>The customers could not be counted: {0}</source>
        <translation>无法统计客户：{0}</translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="137"/>
        <source>At most {0} customers can be handed to a call list at once. Narrow the search (e.g. by region, tag or VIP level) and try again.</source>
        <translation>一次最多可将 {0} 位客户加入外呼名单。请缩小搜索范围（例如按地区、标签或 VIP 等级）后重试。</translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="143"/>
        <source>Give the call list a name.</source>
        <translation>请为外呼名单命名。</translation>
    </message>
    <message>
        <location filename="../../forms/call_list_dialog.py" line="147"/>
        <source>No customers to add.</source>
        <translation>没有可加入的客户。</translation>
    </message>
</context>
<context>
    <name>CallbackController</name>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="249"/>
        <source>Nobody is waiting for a call back.</source>
        <translation>没有等待回拨的客户。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="283"/>
        <source>The call back could not be saved: {0}</source>
        <translation>回呼未能保存：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="327"/>
        <source>Another agent is already calling {0}; trying the next caller.</source>
        <translation>另一位坐席正在呼叫 {0}，正在尝试下一位来电者。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="331"/>
        <source>This entry is not in the CRM yet; try again after the next sync.</source>
        <translation>此条目尚未同步到 CRM，请在下次同步后重试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="336"/>
        <source>The CRM cannot be reached: call backs need it to share the queue.</source>
        <translation>无法连接 CRM：回拨需要通过它共享队列。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="340"/>
        <source>The phone is not available.</source>
        <translation>电话不可用。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="362"/>
        <source>The call did not go through; the caller stays in the queue.</source>
        <translation>呼叫未接通，该来电者仍留在队列中。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="379"/>
        <source>The call could not be made; the caller stays in the queue.</source>
        <translation>无法拨出电话；来电者仍留在队列中。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="405"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="405"/>
        <source>Busy</source>
        <translation>忙线</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="410"/>
        <source>{0}: called back again at {1} (attempt {2} of {3})</source>
        <translation>{0}：将于 {1} 再次回拨（第 {2} 次，共 {3} 次）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/controller.py" line="416"/>
        <source>{0}: given up after the last attempt ({1} of {2}).</source>
        <translation>{0}：最后一次尝试（第 {1} 次，共 {2} 次）未接通，不再回拨。</translation>
    </message>
</context>
<context>
    <name>CallbackDock</name>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="36"/>
        <source>Unanswered</source>
        <translation>未接听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="37"/>
        <source>Hung up while ringing</source>
        <translation>振铃时挂断</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="38"/>
        <source>All lines busy</source>
        <translation>所有线路忙</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="39"/>
        <source>Agent not ready</source>
        <translation>坐席未就绪</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="40"/>
        <source>Promised</source>
        <translation>已承诺回电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="53"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="54"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分钟</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="65"/>
        <source>Now</source>
        <translation>立即</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="149"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="150"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="151"/>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="152"/>
        <source>Waiting</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="153"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="154"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="157"/>
        <source>Call back</source>
        <translation>回拨</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="159"/>
        <source>Give back</source>
        <translation>放回队列</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="161"/>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="162"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="163"/>
        <source>Busy</source>
        <translation>忙线</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="164"/>
        <source>Wrong number</source>
        <translation>打错电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="287"/>
        <source>Showing the {0} longest waiting of {1}.</source>
        <translation>显示等待最久的 {0} 条（共 {1} 条）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/dock.py" line="41"/>
        <source>Call list</source>
        <translation>外呼名单</translation>
    </message>
</context>
<context>
    <name>CallbackFeature</name>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="137"/>
        <source>Call back the longest waiting caller</source>
        <translation>回拨等待最久的来电者</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="173"/>
        <source>This caller has no number to call back.</source>
        <translation>此来电者没有可回拨的号码。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="206"/>
        <source>Call back to {0} queued: as soon as possible.</source>
        <translation>已将 {0} 加入回电队列：尽快回电。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="210"/>
        <source>Call back to {0} scheduled for {1}.</source>
        <translation>已安排在 {1} 回电给 {0}。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="412"/>
        <source>{0}&apos;s call back closed: the customer called in.</source>
        <translation>{0}的回电已关闭：客户已来电。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="415"/>
        <source>{0} call backs closed: the customers called in ({1}).</source>
        <translation>{0} 个回电已关闭：客户已来电（{1}）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="428"/>
        <source>Call back due</source>
        <translation>回电时间到</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/feature.py" line="428"/>
        <source>{0} call backs due</source>
        <translation>{0} 个回电时间到</translation>
    </message>
</context>
<context>
    <name>CallbackWhenDialog</name>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="125"/>
        <source>Call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="127"/>
        <source>Call back {0} ({1})</source>
        <translation>回电给 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="129"/>
        <source>Call back {0}</source>
        <translation>回电给 {0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="133"/>
        <source>Preferred call window: {0}</source>
        <translation>偏好联系时段：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="134"/>
        <source>&amp;As soon as possible</source>
        <translation>尽快(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="135"/>
        <source>&amp;In (minutes):</source>
        <translation>稍后（分钟）(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="136"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="137"/>
        <source>A&amp;t:</source>
        <translation>指定时间(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="138"/>
        <source>&amp;Note (what to call about):</source>
        <translation>备注（回电事由）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="139"/>
        <source>&amp;Schedule call back</source>
        <translation>安排回电(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="171"/>
        <source>This time has passed: the call back is due at once.</source>
        <translation>该时间已过：回电将立即到期。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="173"/>
        <source>{0} is outside the customer&apos;s preferred call window: {1}.</source>
        <translation>{0} 不在客户偏好的联系时段内：{1}。</translation>
    </message>
</context>
<context>
    <name>CallerIdentity</name>
    <message>
        <location filename="../../screenpop/core/identity.py" line="86"/>
        <source>Withheld number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <location filename="../../screenpop/core/identity.py" line="89"/>
        <source>Unknown number</source>
        <translation>未知号码</translation>
    </message>
</context>
<context>
    <name>CampaignDock</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="137"/>
        <source>preview</source>
        <translation>预览式</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="137"/>
        <source>progressive</source>
        <translation>渐进式</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="173"/>
        <source>Campaigns of your team:</source>
        <translation>本组的外呼活动：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="174"/>
        <source>Preview: see the card, then dial</source>
        <translation>预览式：先看客户资料再拨打</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="175"/>
        <source>Progressive: dial while I am Ready</source>
        <translation>渐进式：就绪时自动拨打</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="176"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="176"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="177"/>
        <source>Work the campaigns: take the next record, one after another</source>
        <translation>处理外呼活动：逐条领取下一条记录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="178"/>
        <source>Record in hand</source>
        <translation>当前记录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="179"/>
        <source>Dial</source>
        <translation>拨打</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="180"/>
        <source>Call this record&apos;s number (Ctrl+Shift+D)</source>
        <translation>拨打这条记录的号码（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="181"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="183"/>
        <source>Not a good time</source>
        <translation>时机不合适</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="183"/>
        <source>Wrong data</source>
        <translation>资料有误</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="183"/>
        <source>Known to be away</source>
        <translation>已知不在</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dock.py" line="183"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="286"/>
        <source>Preview: the agent sees the card, then dials or skips</source>
        <translation>预览式：坐席先看客户卡片，再拨打或跳过</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="287"/>
        <source>Progressive: dialled when the agent is Ready</source>
        <translation>渐进式：坐席就绪时自动拨打</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="290"/>
        <source>Pass the call to the agent</source>
        <translation>转给坐席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="291"/>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="340"/>
        <source>Saving...</source>
        <translation>正在保存...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="376"/>
        <source>Not saved: correct the fields marked below them.</source>
        <translation>未保存：请按字段下方的提示修改。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="396"/>
        <source>New campaign</source>
        <translation>新建外呼活动</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="398"/>
        <source>Campaign: {0}</source>
        <translation>外呼活动：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="400"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="401"/>
        <source>Script / talking points:</source>
        <translation>话术 / 要点：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="402"/>
        <source>Starts ({0}):</source>
        <translation>开始（{0}）：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="403"/>
        <source>Deadline ({0}):</source>
        <translation>截止（{0}）：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="404"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="405"/>
        <source>Mode:</source>
        <translation>拨打方式：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="406"/>
        <source>Priority (1-10):</source>
        <translation>优先级（1-10）：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="407"/>
        <source>Teams:</source>
        <translation>班组：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="408"/>
        <source>Time zone when the number tells none:</source>
        <translation>号码无法判断时区时使用：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="409"/>
        <source>Calling windows:</source>
        <translation>呼叫时段：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="410"/>
        <source>Attempts per record:</source>
        <translation>每条记录拨打次数：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="411"/>
        <source>Retry after (minutes):</source>
        <translation>重拨间隔（分钟）：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="412"/>
        <source>Results that end a record:</source>
        <translation>结束记录的处理结果：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="413"/>
        <source>Ring timeout (s):</source>
        <translation>振铃超时（秒）：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="414"/>
        <source>Agent minutes per attempt (pacing):</source>
        <translation>每次拨打占用坐席分钟数（进度测算）：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="421"/>
        <source>In this computer&apos;s time zone ({0}); the calling windows are in each callee&apos;s own local time.</source>
        <translation>按本机时区（{0}）；呼叫时段按每位被叫的当地时间。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="426"/>
        <source>In the callee&apos;s local time (from the number, or the list&apos;s time zone column). HH:MM, 24:00 for midnight; leave a pair empty for no window.</source>
        <translation>按对方当地时间（由号码判断，或取名单的时区列）。格式 HH:MM，午夜写 24:00；留空表示该时段不呼叫。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="432"/>
        <source>Empty: your team, %1</source>
        <translation>留空：您的班组 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="432"/>
        <source>Comma-separated; name at least one</source>
        <translation>用逗号分隔；至少填一个班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="434"/>
        <source>in any 24 hours:</source>
        <translation>任意 24 小时内：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="435"/>
        <source>Answering machine or fax:</source>
        <translation>遇到答录机或传真：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="436"/>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="436"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="436"/>
        <source>Rejected</source>
        <translation>被拒接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="436"/>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="439"/>
        <source>Near the deadline, a retry may come sooner, at least after:</source>
        <translation>临近截止时，重拨可以提前，但间隔至少：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="440"/>
        <source>Never sooner</source>
        <translation>不提前</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="441"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="443"/>
        <source>Near the deadline a retry comes sooner than its spacing above, so that a record&apos;s attempts left still fit in its last calling windows, but never sooner than this many minutes after the last attempt. Choose &quot;Never sooner&quot; (below 0) to keep the spacing up to the deadline.</source>
        <translation>临近截止时，重拨会比上面的间隔更早，使记录剩余的尝试次数仍能排进最后的呼叫时段；但距上次尝试不会少于这里的分钟数。选择“不提前”（0 以下）则到截止为止都按上面的间隔重拨。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/campaign_editor.py" line="456"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="33"/>
        <source>The deadline must be after the start.</source>
        <translation>截止时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="38"/>
        <source>A calling window must end after it starts.</source>
        <translation>呼叫时段的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="43"/>
        <source>Write a time of day as HH:MM (00:00 to 24:00).</source>
        <translation>请按 HH:MM 填写时间（00:00 至 24:00）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="48"/>
        <source>Unknown time zone: use a name such as Asia/Shanghai.</source>
        <translation>未知时区：请使用 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="50"/>
        <source>Name the teams that work the campaign.</source>
        <translation>请填写负责该活动的班组。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="54"/>
        <source>This may be changed but not emptied.</source>
        <translation>此项可以修改，但不能清空。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="56"/>
        <source>This may not be empty.</source>
        <translation>此项不能为空。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="106"/>
        <source>You may run campaigns for your own team only.</source>
        <translation>你只能为自己的班组安排外呼活动。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="108"/>
        <source>Your role may not change this campaign.</source>
        <translation>你的角色无权修改该活动。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="113"/>
        <source>The campaign cannot get this status from its current one.</source>
        <translation>该活动无法从当前状态改为所选状态。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="117"/>
        <source>Someone else changed this campaign meanwhile. Save again to replace their changes with yours.</source>
        <translation>其他人刚刚修改了该活动。再次保存将用你的内容覆盖对方的修改。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="126"/>
        <source>The back office cannot be reached; nothing was saved. Try again.</source>
        <translation>无法连接后台，未保存任何内容。请重试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/core/refusals.py" line="132"/>
        <source>The campaign could not be saved. Try again.</source>
        <translation>无法保存该活动，请重试。</translation>
    </message>
</context>
<context>
    <name>CampaignLabels</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="15"/>
        <source>Answered</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="16"/>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="17"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="18"/>
        <source>Rejected</source>
        <translation>被拒接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="19"/>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="20"/>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="47"/>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="59"/>
        <source>Invalid number</source>
        <translation>无效号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="21"/>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="33"/>
        <source>Answering machine or fax</source>
        <translation>答录机或传真</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="22"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="29"/>
        <source>Sale</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="30"/>
        <source>Call back later</source>
        <translation>稍后回电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="31"/>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="32"/>
        <source>Wrong person</source>
        <translation>找错人</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="40"/>
        <source>Campaign not running</source>
        <translation>活动未在进行</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="41"/>
        <source>Campaign not started yet</source>
        <translation>活动尚未开始</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="42"/>
        <source>Past the deadline</source>
        <translation>已过截止时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="43"/>
        <source>Outside the calling window</source>
        <translation>不在呼叫时段内</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="44"/>
        <source>Attempts used up</source>
        <translation>拨打次数已用完</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="45"/>
        <source>Daily attempt limit reached</source>
        <translation>已达每日拨打上限</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="46"/>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="63"/>
        <source>On the do-not-call list</source>
        <translation>在免打扰名单上</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="48"/>
        <source>Retry not due yet</source>
        <translation>尚未到重拨时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="49"/>
        <source>Held by an agent</source>
        <translation>坐席正在处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="50"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="51"/>
        <source>Done: call back after the deadline, handed to the Call Back queue</source>
        <translation>已完成：回电时间在截止之后，已转入回电队列</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="58"/>
        <source>No number</source>
        <translation>没有号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="60"/>
        <source>Repeated in the list</source>
        <translation>名单内重复</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="61"/>
        <source>Already in this campaign</source>
        <translation>已在本活动中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="62"/>
        <source>In another running campaign</source>
        <translation>已在另一个进行中的活动中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="64"/>
        <source>On the blocklist</source>
        <translation>在黑名单上</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="65"/>
        <source>Unknown customer</source>
        <translation>未知客户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="66"/>
        <source>Unknown time zone</source>
        <translation>未知时区</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="73"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="74"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="75"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="76"/>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="83"/>
        <source>customer&apos;s request</source>
        <translation>客户要求</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="84"/>
        <source>regulator</source>
        <translation>监管要求</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="85"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="86"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/labels.py" line="87"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CampaignSupervisorView</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="179"/>
        <source>The back office cannot be reached; the figures may be old.</source>
        <translation>无法连接后台，数据可能不是最新的。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="216"/>
        <source>never at this staffing</source>
        <translation>按当前人手无法完成</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="204"/>
        <source>At risk: cannot finish by the deadline at the current staffing</source>
        <translation>有风险：按当前人手无法在截止前完成</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="206"/>
        <source>No agent on it in the last 15 minutes</source>
        <translation>最近 15 分钟没有坐席在做此活动</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="213"/>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="255"/>
        <source>not running</source>
        <translation>未在进行</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="233"/>
        <source>Select a campaign to see which of its records are not dialled now, and why.</source>
        <translation>选择一个外呼活动，查看其中哪些记录现在不拨打以及原因。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="236"/>
        <source>Nothing held back: every open record of this campaign can be dialled now.</source>
        <translation>没有被暂缓的记录：此外呼活动所有未完成的记录现在都可以拨打。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="301"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="301"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="316"/>
        <source>Finish the campaign</source>
        <translation>结束外呼活动</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="318"/>
        <source>Finish {0}? Its agents stop calling its records at once, and a finished campaign cannot be started again.</source>
        <translation>结束 {0}？坐席将立即停止拨打其记录，已结束的活动不能再次开始。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="323"/>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="324"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="351"/>
        <source>The campaign could not be changed; try again.</source>
        <translation>无法修改该活动，请重试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="362"/>
        <source>Campaign</source>
        <translation>外呼活动</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="363"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="364"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="365"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="366"/>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="367"/>
        <source>Do not call</source>
        <translation>免打扰</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="368"/>
        <source>Contact rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="369"/>
        <source>Conversion</source>
        <translation>成交率</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="370"/>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="371"/>
        <source>Projected finish</source>
        <translation>预计完成时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="372"/>
        <source>Agents</source>
        <translation>坐席数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="376"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="376"/>
        <source>Why not dialled now</source>
        <translation>当前不拨打的原因</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="376"/>
        <source>Callee&apos;s time</source>
        <translation>对方当地时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="376"/>
        <source>Next possible</source>
        <translation>最早可拨时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="378"/>
        <source>Records of the selected campaign not dialled now:</source>
        <translation>所选活动中当前不拨打的记录：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="379"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="380"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="381"/>
        <source>Run the selected draft: its team&apos;s agents start calling its records</source>
        <translation>运行所选草稿：本组坐席开始拨打其记录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="382"/>
        <source>Finish...</source>
        <translation>结束...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="383"/>
        <source>End the selected campaign for good: nobody calls its records any more</source>
        <translation>永久结束所选活动：不再有人拨打其记录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="384"/>
        <source>New campaign...</source>
        <translation>新建活动...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="385"/>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="386"/>
        <source>Import list...</source>
        <translation>导入名单...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/supervisor_view.py" line="387"/>
        <source>No campaigns yet — New campaign... creates one.</source>
        <translation>还没有外呼活动——点击“新建活动...”创建一个。</translation>
    </message>
</context>
<context>
    <name>CampaignsFeature</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/feature.py" line="100"/>
        <source>&amp;Campaigns...</source>
        <translation>外呼活动(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/feature.py" line="151"/>
        <source>You are in no team, so in no campaign. Ask your supervisor or an administrator to put you in a team (Tools &gt; User accounts); the campaigns then show here.</source>
        <translation>您不属于任何班组，因此没有外呼活动。请班长或管理员把您加入一个班组（工具 &gt; 用户账户），之后活动会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/feature.py" line="254"/>
        <source>Campaigns</source>
        <translation>外呼活动</translation>
    </message>
</context>
<context>
    <name>CardWrites</name>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="36"/>
        <source>the record has a value the CRM does not accept ({0})</source>
        <translation>记录中有 CRM 不接受的值（{0}）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="37"/>
        <source>it could not be written to this computer&apos;s copy of the CRM</source>
        <translation>无法写入本机的 CRM 副本</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="42"/>
        <source>the CRM is not connected yet</source>
        <translation>CRM 尚未连接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="45"/>
        <source>The log of the call with {0} could not be saved: {1}. It is kept on this computer and saved again when Agent Desktop next starts.</source>
        <translation>与 {0} 的通话记录未能保存：{1}。它已保留在本机，下次启动坐席桌面时会再次保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="50"/>
        <source>The log of the call with {0} could not be saved: {1}. Please note its outcome and tell your supervisor.</source>
        <translation>与 {0} 的通话记录未能保存：{1}。请记下通话结果并告知您的主管。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="54"/>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="78"/>
        <source>an unknown number</source>
        <translation>未知号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="56"/>
        <source>The follow-up to-do &quot;{0}&quot; could not be saved: {1}. Please add it again.</source>
        <translation>跟进待办“{0}”未能保存：{1}。请重新添加。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="60"/>
        <source>The new customer {0} could not be saved: {1}. Please enter them again.</source>
        <translation>新客户 {0} 未能保存：{1}。请重新录入。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="64"/>
        <source>The number could not be added to the blocklist: {0}. Please block it again.</source>
        <translation>该号码未能加入黑名单：{0}。请重新拉黑。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="66"/>
        <source>The wrap-up could not be saved: {0}. It is kept on this computer and comes back when Agent Desktop next starts.</source>
        <translation>话后处理未能保存：{0}。它已保留在本机，Agent Desktop 下次启动时会重新出现。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="71"/>
        <source>The call could not be marked as abnormal: {0}. Please mark it again.</source>
        <translation>未能将该通话标记为异常：{0}。请重新标记。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="72"/>
        <source>A record could not be saved: {0}.</source>
        <translation>有一条记录未能保存：{0}。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="80"/>
        <source>The call with {0} was logged with its answer or end time moved to the call&apos;s start.</source>
        <translation>与 {0} 的通话已记录，其接听或结束时间已调整为通话开始时间。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="81"/>
        <source>The call with {0} was logged; values the CRM does not accept ({1}) were moved to its notes.</source>
        <translation>与 {0} 的通话已记录；CRM 不接受的值（{1}）已移入备注。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/write_notices.py" line="98"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="17"/>
        <source>Write the message first.</source>
        <translation>请先填写消息内容。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="19"/>
        <source>A message is limited to 2000 characters.</source>
        <translation>消息不能超过 2000 个字符。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="27"/>
        <source>Choose an agent or a team from the list.</source>
        <translation>请从列表中选择一位坐席或一个班组。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="30"/>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="51"/>
        <source>Give the standard text a title, e.g. Return policy.</source>
        <translation>请给标准话术起一个标题，例如：退货政策。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="32"/>
        <source>The title is limited to 200 characters.</source>
        <translation>标题不能超过 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="45"/>
        <source>You may write only to the agents of your own team.</source>
        <translation>您只能给本班组的坐席发消息。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="49"/>
        <source>The CRM knows no such agent or team.</source>
        <translation>CRM 中没有这位坐席或这个班组。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="52"/>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="58"/>
        <source>The CRM refused the message; check it and send it again.</source>
        <translation>CRM 拒绝了此消息，请检查后重新发送。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="54"/>
        <source>That message is no longer in the CRM.</source>
        <translation>CRM 中已没有这条消息。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="56"/>
        <source>The CRM cannot be reached; the message was not sent. Try again.</source>
        <translation>无法连接 CRM，消息未发送，请重试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/core/checks.py" line="59"/>
        <source>The message could not be sent. Try again.</source>
        <translation>消息发送失败，请重试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="349"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation>CRM 仍在启动，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="443"/>
        <source>Sent.</source>
        <translation>已发送。</translation>
    </message>
</context>
<context>
    <name>CoachingDock</name>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="100"/>
        <source>Standard texts only</source>
        <translation>只看标准话术</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="101"/>
        <source>New message...</source>
        <translation>新消息...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="102"/>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="103"/>
        <source>Insert into notes</source>
        <translation>插入备注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="104"/>
        <source>Add the text to the notes of the call&apos;s wrap-up</source>
        <translation>把这段文字加入本次通话话后处理的备注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="105"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="106"/>
        <source>Reply to the selected message</source>
        <translation>回复选中的消息</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/dock.py" line="107"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>CoachingFeature</name>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="77"/>
        <source>Sen&amp;d coaching message...</source>
        <translation>发送辅导消息(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="224"/>
        <source>Coaching message from {0}</source>
        <translation>{0} 发来的辅导消息</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="324"/>
        <source>Added to the call&apos;s notes.</source>
        <translation>已加入通话备注。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="328"/>
        <source>No call or wrap-up is open: the text was copied; paste it where you need it.</source>
        <translation>当前没有通话或话后处理：文字已复制，请粘贴到需要的地方。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="337"/>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="371"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation>CRM 仍在启动，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/feature.py" line="381"/>
        <source>Send coaching message</source>
        <translation>发送辅导消息</translation>
    </message>
</context>
<context>
    <name>CoachingNotice</name>
    <message>
        <location filename="../../agent_desktop/features/coaching/notice.py" line="69"/>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/notice.py" line="70"/>
        <source>Reply...</source>
        <translation>回复...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/notice.py" line="71"/>
        <source>Insert into notes</source>
        <translation>插入备注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/notice.py" line="72"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/notice.py" line="103"/>
        <source>Standard text from {0} ({1}): {2}</source>
        <translation>{0} 发来的标准话术（{1}）：{2}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/notice.py" line="105"/>
        <source>Message to team {0} from {1} ({2})</source>
        <translation>{1} 发给 {0} 班组的消息（{2}）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/notice.py" line="107"/>
        <source>Message from {0} ({1})</source>
        <translation>{0} 发来的消息（{1}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/coaching/notice.py" line="110"/>
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoachingTexts</name>
    <message>
        <location filename="../../crm/coaching_texts.py" line="23"/>
        <source>Return policy</source>
        <translation>退货政策</translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="24"/>
        <source>You may return the goods within 7 days of receipt without giving a reason, unused and in their original packaging; we collect them free of charge and refund within 3 working days.</source>
        <translation>签收后 7 天内可无理由退货，商品需未使用且保留原包装；我们免费上门取件，并在 3 个工作日内退款。</translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="31"/>
        <source>Delivery fee</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="32"/>
        <source>Delivery is free for orders of 299 yuan or more; below that it costs 10 yuan.</source>
        <translation>订单满 299 元包邮，不满 299 元运费 10 元。</translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="37"/>
        <source>Delivery time</source>
        <translation>配送时效</translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="38"/>
        <source>Orders placed before 16:00 leave the warehouse the same day and arrive in 1 to 3 days.</source>
        <translation>16:00 前下单当天出库，1 至 3 天送达。</translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="44"/>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="45"/>
        <source>Every product has a one-year warranty from the day of receipt; repairs under warranty are free.</source>
        <translation>所有商品自签收之日起保修一年，保修期内免费维修。</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../../crm/code_labels.py" line="14"/>
        <source>ordered</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="15"/>
        <source>sorted</source>
        <translation>已分拣</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="16"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="17"/>
        <source>delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="18"/>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="19"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="21"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="22"/>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="23"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="24"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="26"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="27"/>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="28"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="29"/>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="30"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="31"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="33"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="34"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="35"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="36"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="38"/>
        <source>Order placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="39"/>
        <source>Enquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="40"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="41"/>
        <source>Follow-up needed</source>
        <translation>需要跟进</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="42"/>
        <source>No sale</source>
        <translation>未成交</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="43"/>
        <source>Wrong number</source>
        <translation>打错电话</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="45"/>
        <source>sale</source>
        <translation>成交</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="46"/>
        <source>Call back later</source>
        <translation>稍后回电</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="47"/>
        <source>not interested</source>
        <translation>无意向</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="48"/>
        <source>wrong person</source>
        <translation>非本人</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="49"/>
        <source>answering machine or fax</source>
        <translation>答录机或传真</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="51"/>
        <source>not wrapped up</source>
        <translation>未完成话后处理</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="53"/>
        <source>busy</source>
        <translation>忙线</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="54"/>
        <source>no answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="55"/>
        <source>invalid number</source>
        <translation>无效号码</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="56"/>
        <source>rejected</source>
        <translation>被拒接</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="57"/>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="59"/>
        <source>missed</source>
        <translation>未接听</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../forms/complaint_form.py" line="127"/>
        <source>New complaint — {0}</source>
        <translation>新投诉 — {0}</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="131"/>
        <source>(no order)</source>
        <translation>（无订单）</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="135"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="136"/>
        <source>Se&amp;verity</source>
        <translation>严重程度(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="137"/>
        <source>&amp;Summary *</source>
        <translation>摘要(&amp;S) *</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="138"/>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="139"/>
        <source>&amp;Order</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="140"/>
        <source>D&amp;ue</source>
        <translation>期限(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="172"/>
        <source>Enter a short summary of the complaint.</source>
        <translation>请输入投诉的简短摘要。</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="46"/>
        <source>Category</source>
        <extracomment>Default time to resolve by severity.</extracomment>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="47"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="48"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="49"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="50"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="51"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="189"/>
        <source>{0}: at most {1} characters.</source>
        <translation>{0}：最多 {1} 个字符。</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="190"/>
        <source>{0}: not a valid value.</source>
        <translation>{0}：值无效。</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.py" line="200"/>
        <source>Not saved: the complaint could not be written to the local copy.</source>
        <translation>未保存：投诉无法写入本地副本。</translation>
    </message>
</context>
<context>
    <name>ComplaintList</name>
    <message>
        <location filename="../../forms/complaint_list.py" line="149"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="152"/>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="153"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="155"/>
        <location filename="../../forms/complaint_list.py" line="172"/>
        <source>{0} complaints · {1} open · {2} overdue</source>
        <translation>{0} 条投诉 · {1} 条待处理 · {2} 条逾期</translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <location filename="../../forms/complaint_list.py" line="52"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="53"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="54"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="55"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="56"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="57"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_list.py" line="101"/>
        <source>{0} (overdue)</source>
        <translation>{0}（逾期）</translation>
    </message>
</context>
<context>
    <name>ComplaintStatusDialog</name>
    <message>
        <location filename="../../forms/complaint_status.py" line="88"/>
        <source>Complaint status</source>
        <translation>投诉状态</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="89"/>
        <source>What was done, what was agreed with the customer</source>
        <translation>做了什么处理，与客户达成了什么约定</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="90"/>
        <source>New &amp;status</source>
        <translation>新状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="90"/>
        <source>&amp;Note *</source>
        <translation>备注(&amp;N) *</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="90"/>
        <source>&amp;Resolution</source>
        <translation>处理结果(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="112"/>
        <source>{0} — now {1}</source>
        <translation>{0} — 当前状态：{1}</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="121"/>
        <source>{0} — {1} (waiting to sync)</source>
        <translation>{0} — {1}（等待同步）</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="140"/>
        <source>Write a note for this step.</source>
        <translation>请为此步骤填写备注。</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_status.py" line="162"/>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
</context>
<context>
    <name>ComplaintsFeature</name>
    <message>
        <location filename="../../agent_desktop/features/complaints/feature.py" line="47"/>
        <source>Co&amp;mplaints...</source>
        <translation>投诉(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/complaints/feature.py" line="50"/>
        <source>For supervisors: every complaint, open and overdue ones first</source>
        <translation>供主管使用：所有投诉，待处理和逾期的排在前面</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/complaints/feature.py" line="88"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>ComposePanel</name>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="137"/>
        <source>&amp;To:</source>
        <translation>发给(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="138"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="139"/>
        <source>&amp;Library:</source>
        <translation>话术库(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="140"/>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="141"/>
        <source>&amp;Message:</source>
        <translation>内容(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="144"/>
        <source>An agent or a team</source>
        <translation>坐席或班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="145"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="146"/>
        <source>Standard text</source>
        <translation>标准话术</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="147"/>
        <source>e.g. Return policy</source>
        <translation>例如：退货政策</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="148"/>
        <source>What the agent should know or read to the customer</source>
        <translation>坐席需要知道或读给客户听的内容</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="149"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="173"/>
        <source>Team {0} (every agent)</source>
        <translation>{0} 班组（全体坐席）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="175"/>
        <source>{0} ({1}, team {2})</source>
        <translation>{0}（{1}，{2} 班组）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="176"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="225"/>
        <source>Choose a standard text to fill in…</source>
        <translation>选择一条标准话术填入…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="254"/>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="307"/>
        <source>Choose an agent or a team to see your messages with them.</source>
        <translation>选择坐席或班组，查看与其往来的消息。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="309"/>
        <source>Messages to team {0}:</source>
        <translation>发给 {0} 班组的消息：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/compose.py" line="311"/>
        <source>Messages with {0}:</source>
        <translation>与 {0} 的消息：</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="118"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="128"/>
        <source>Could not read the conflicts: {0}</source>
        <translation>无法读取冲突：{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="164"/>
        <source>%n change(s) could not be merged with the CRM: choose which value to keep.</source>
        <translation>
            <numerusform>%n 处修改无法与 CRM 合并：请选择保留哪个值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="166"/>
        <source>Nothing to resolve</source>
        <translation>没有待处理的冲突</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="187"/>
        <source>Could not resolve: {0}</source>
        <translation>无法处理：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="197"/>
        <source>Kept your value of {0} for {1}; it will be sent to the CRM.</source>
        <translation>已保留您的“{0}”（{1}），将发送到 CRM。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="199"/>
        <source>Kept the server&apos;s value of {0} for {1}.</source>
        <translation>已保留服务器上的“{0}”（{1}）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="203"/>
        <source>Kept your values for %n conflicts; they will be sent to the CRM.</source>
        <translation>
            <numerusform>已为 %n 条冲突保留您的值，将发送到 CRM。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="205"/>
        <source>Kept the server&apos;s values for %n conflicts.</source>
        <translation>
            <numerusform>已为 %n 条冲突保留服务器上的值。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="221"/>
        <source>The CRM refused this change; it cannot be sent again as it is</source>
        <translation>CRM 拒绝了此修改，无法按原样再次发送</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="223"/>
        <source>Apply your value again; it is sent to the CRM</source>
        <translation>重新应用您的值，并发送到 CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="230"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="231"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="232"/>
        <source>To-do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="233"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="234"/>
        <source>Callback</source>
        <translation>回拨</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="235"/>
        <source>Contact</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="238"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="242"/>
        <source>Whole change (refused by the CRM)</source>
        <translation>整条修改（被 CRM 拒绝）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="247"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="248"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="249"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="250"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="251"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="252"/>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="253"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="254"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="255"/>
        <source>VIP level</source>
        <translation>VIP 等级</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="256"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="257"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="258"/>
        <source>Special requests</source>
        <translation>特殊要求</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="259"/>
        <source>Delivery address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="260"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="261"/>
        <source>Recipient&apos;s phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="262"/>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="263"/>
        <source>Rush</source>
        <translation>加急</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="264"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="265"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="266"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="267"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="273"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="275"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="275"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="295"/>
        <source>Someone else changed it in the CRM meanwhile</source>
        <translation>其他人在此期间已在 CRM 中修改</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="296"/>
        <source>The record keeps changing in the CRM</source>
        <translation>该记录在 CRM 中不断被修改</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="301"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="304"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="305"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="306"/>
        <source>Your value</source>
        <translation>您的值</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="307"/>
        <source>Server&apos;s value</source>
        <translation>服务器上的值</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="308"/>
        <source>Original value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="309"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="312"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="313"/>
        <source>Keep the server&apos;s</source>
        <translation>保留服务器的</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="314"/>
        <source>Keep the value the CRM has and drop yours</source>
        <translation>保留 CRM 中的值，放弃您的修改</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/conflicts_dialog.py" line="315"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CourierRulesDialog</name>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="74"/>
        <source>Courier rules</source>
        <translation>快递规则</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="75"/>
        <source>Region prefix</source>
        <translation>地区前缀</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="75"/>
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="75"/>
        <source>Delivery</source>
        <translation>配送方式</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="76"/>
        <source>&amp;Add rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="77"/>
        <source>&amp;Remove rule</source>
        <translation>删除规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="89"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="122"/>
        <source>Every rule needs a courier.</source>
        <translation>每条规则都需要指定快递公司。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/rules_dialog.py" line="132"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../agent_desktop/shell/crash_dialog.py" line="19"/>
        <source>Agent Desktop: unexpected error</source>
        <translation>坐席工作台：意外错误</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/crash_dialog.py" line="20"/>
        <source>Something went wrong. The application will try to carry on.</source>
        <translation>程序出错了，将尝试继续运行。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/crash_dialog.py" line="22"/>
        <source>The details were written to the log in {0}. Please send it to your IT support.</source>
        <translation>详细信息已写入 {0} 中的日志，请发送给 IT 支持人员。</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../../agent_desktop/shell/credentials.py" line="34"/>
        <source>The only password store found keeps passwords in a plain file.</source>
        <translation>找到的唯一密码存储把密码保存在明文文件中。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/credentials.py" line="36"/>
        <source>No system password store is running.</source>
        <translation>没有正在运行的系统密码存储。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/credentials.py" line="41"/>
        <source>Passwords can only be remembered for this session; install and unlock a system keyring (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain) to store them permanently.</source>
        <translation>密码只能在本次会话中记住；请安装并解锁系统密钥环（GNOME Keyring、KWallet、Windows 凭据管理器或 macOS 钥匙串）以永久保存密码。</translation>
    </message>
</context>
<context>
    <name>CriteriaTable</name>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="59"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="60"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="61"/>
        <source>Max score</source>
        <translation>最高分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="62"/>
        <source>0 fails all</source>
        <translation>0 分则全部不合格</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="63"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="67"/>
        <source>The criterion&apos;s share of the total, in points; the weights add up to %1</source>
        <translation>该项在总分中所占的分值；各项权重之和为 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="70"/>
        <source>Scored 0, the whole evaluation is 0</source>
        <translation>此项得 0 分时，整个评分为 0</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="82"/>
        <source>e.g. Greeting</source>
        <translation>例如：问候</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/criteria_table.py" line="84"/>
        <source>What to listen for</source>
        <translation>听什么</translation>
    </message>
</context>
<context>
    <name>CrmClient</name>
    <message>
        <location filename="../../crm/client.py" line="114"/>
        <source>The CRM cannot be reached</source>
        <translation>无法连接 CRM</translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="92"/>
        <source>A price in this order is below the discount agents may give (or above the list price): ask a supervisor to approve the prices, then submit again.</source>
        <translation>此订单中有价格低于坐席可给的折扣（或高于目录价）：请主管审批价格后重新提交。</translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="97"/>
        <source>The supervisor&apos;s approval does not cover these prices (not approved yet, declined, changed since, or used for another order): ask again.</source>
        <translation>主管的审批不涵盖这些价格（尚未审批、已拒绝、之后有改动或已用于其他订单）：请重新申请。</translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="111"/>
        <source>Sign-in to the CRM failed or expired</source>
        <translation>CRM 登录失败或已过期</translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="113"/>
        <source>Your role may not do this in the CRM</source>
        <translation>您的角色无权在 CRM 中执行此操作</translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="116"/>
        <source>The CRM has no such record</source>
        <translation>CRM 中没有此记录</translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="119"/>
        <source>The record&apos;s state does not allow this</source>
        <translation>记录当前的状态不允许此操作</translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="126"/>
        <source>Someone else changed this record meanwhile</source>
        <translation>此记录已被他人修改</translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="130"/>
        <source>The CRM needs the record version for this change</source>
        <translation>此修改需要提供记录版本</translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="140"/>
        <source>The CRM refused the input</source>
        <translation>CRM 拒绝了输入的内容</translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="143"/>
        <source>Too many failed sign-ins: wait a few minutes (an administrator can unlock the account)</source>
        <translation>登录失败次数过多：请等几分钟再试（管理员可以解锁该账号）</translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="149"/>
        <source>The CRM server had an error</source>
        <translation>CRM 服务器出错</translation>
    </message>
    <message>
        <location filename="../../crm/client_errors.py" line="150"/>
        <source>Unexpected answer from the CRM</source>
        <translation>CRM 返回了意外的应答</translation>
    </message>
</context>
<context>
    <name>CrmLink</name>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="100"/>
        <source>Sync co&amp;nflicts…</source>
        <translation>同步冲突(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="253"/>
        <source>Sign-in to the CRM expired</source>
        <translation>CRM 登录已过期</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="339"/>
        <source>Wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="345"/>
        <source>No system password store is available: the password is kept only until you quit.</source>
        <translation>没有可用的系统密码库：密码只保留到退出程序。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="53"/>
        <source>Not signed in to the CRM</source>
        <translation>未登录 CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/feature.py" line="54"/>
        <source>The CRM connection could not be started; the log has the details.</source>
        <translation>无法启动 CRM 连接；详情见日志。</translation>
    </message>
</context>
<context>
    <name>CrmLoginDialog</name>
    <message>
        <location filename="../../agent_desktop/features/crm_link/login_dialog.py" line="29"/>
        <source>Sign in to the CRM</source>
        <translation>登录 CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/login_dialog.py" line="31"/>
        <source>CRM: {0}</source>
        <translation>CRM：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/login_dialog.py" line="42"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/login_dialog.py" line="43"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>CrmStatus</name>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="21"/>
        <source>Password not saved</source>
        <translation>密码未保存</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="22"/>
        <source>No system password store (GNOME Keyring, KWallet, Windows Credential Manager or macOS Keychain) is available, so the CRM password is kept only until you quit and is asked for again at the next start.</source>
        <translation>没有可用的系统密码库（GNOME Keyring、KWallet、Windows 凭据管理器或 macOS 钥匙串），因此 CRM 密码只保留到退出程序，下次启动时会再次询问。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="39"/>
        <source>The built-in CRM stopped (exit code {0}) and could not be started again; restart Agent Desktop. Changes stay on this computer until then.</source>
        <translation>内置 CRM 已停止（退出代码 {0}），无法重新启动；请重新启动坐席工作台。在此之前，修改保存在本机。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="45"/>
        <source>CRM restarting</source>
        <translation>CRM 正在重启</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="46"/>
        <source>The built-in CRM stopped (exit code {0}) and is being started again; changes are sent when it is back.</source>
        <translation>内置 CRM 已停止（退出代码 {0}），正在重新启动；恢复后将自动上传修改。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="56"/>
        <source>{0} to send</source>
        <translation>{0} 条待发送</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="58"/>
        <source>{0} to resolve</source>
        <translation>{0} 条冲突待处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="61"/>
        <source>CRM online</source>
        <translation>CRM 在线</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="62"/>
        <source>Synchronised with the CRM</source>
        <translation>已与 CRM 同步</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="65"/>
        <source>CRM syncing</source>
        <translation>CRM 同步中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="67"/>
        <source>Sending changes and fetching updates</source>
        <translation>正在上传修改并获取更新</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="70"/>
        <source>CRM offline</source>
        <translation>CRM 离线</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="74"/>
        <source>Working from the local copy; changes are sent when the CRM is back.</source>
        <translation>正在使用本地副本工作；CRM 恢复后将自动上传修改。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="78"/>
        <source>CRM sign-in failed</source>
        <translation>CRM 登录失败</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="38"/>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="79"/>
        <source>CRM stopped</source>
        <translation>CRM 已停止</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="151"/>
        <source>CRM connecting</source>
        <translation>CRM 连接中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="153"/>
        <source>Starting the CRM connection</source>
        <translation>正在建立 CRM 连接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="158"/>
        <source>CRM sign-in needed</source>
        <translation>需要登录 CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="160"/>
        <source>Enter your CRM password in the sign-in window.</source>
        <translation>请在登录窗口中输入 CRM 密码。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="164"/>
        <source>CRM unavailable</source>
        <translation>CRM 不可用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/status.py" line="92"/>
        <source>First CRM sync: %v / %m</source>
        <translation>首次 CRM 同步：%v / %m</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="34"/>
        <location filename="../../screenpop/widgets/card_view.py" line="166"/>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="35"/>
        <location filename="../../screenpop/widgets/card_view.py" line="167"/>
        <source>Morning (09-12)</source>
        <translation>上午（09-12 点）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="36"/>
        <location filename="../../screenpop/widgets/card_view.py" line="168"/>
        <source>Afternoon (12-18)</source>
        <translation>下午（12-18 点）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="37"/>
        <location filename="../../screenpop/widgets/card_view.py" line="169"/>
        <source>Evening (18-21)</source>
        <translation>晚上（18-21 点）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/when_dialog.py" line="38"/>
        <location filename="../../screenpop/widgets/card_view.py" line="170"/>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="172"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="174"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="175"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="176"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="177"/>
        <source>Sample trials</source>
        <translation>接受试用装</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="178"/>
        <source>Follow-up calls</source>
        <translation>同意回访</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="179"/>
        <source>Call window</source>
        <translation>通话时段</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="183"/>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="184"/>
        <source>Recent orders</source>
        <translation>最近订单</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="185"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="185"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="185"/>
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="185"/>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="186"/>
        <source>Open to-dos</source>
        <translation>未完成待办</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="187"/>
        <source>Contact history</source>
        <translation>联系历史</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="189"/>
        <source>New &amp;order</source>
        <translation>新建订单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="190"/>
        <source>New co&amp;mplaint</source>
        <translation>新建投诉(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="191"/>
        <source>New &amp;to-do</source>
        <translation>新建待办(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="192"/>
        <source>&amp;Call back</source>
        <translation>回拨(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="193"/>
        <source>&amp;Edit customer</source>
        <translation>编辑客户(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="194"/>
        <source>Dia&amp;l</source>
        <translation>拨打(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="248"/>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="253"/>
        <source>Calling from %1</source>
        <translation>来电号码 %1</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="253"/>
        <source>Dialled %1</source>
        <translation>呼出号码 %1</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="298"/>
        <source>Media source: %1</source>
        <translation>媒体来源：%1</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="302"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="303"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="303"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="315"/>
        <source>Open complaints (%1)</source>
        <translation>未结投诉（%1）</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_view.py" line="333"/>
        <source>Ordered %1, total %2</source>
        <translation>下单时间 %1，合计 %2</translation>
    </message>
</context>
<context>
    <name>CustomerChooser</name>
    <message>
        <location filename="../../screenpop/widgets/chooser.py" line="48"/>
        <source>&amp;Show this customer</source>
        <translation>显示此客户(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/chooser.py" line="49"/>
        <source>None of these: &amp;new customer</source>
        <translation>都不是：新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/chooser.py" line="69"/>
        <source>%1 customers use %2. Who is calling?</source>
        <translation>%1 位客户使用 %2，来电者是谁？</translation>
    </message>
</context>
<context>
    <name>CustomerConflicts</name>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="69"/>
        <source>Someone else changed these fields meanwhile. Choose which value to keep:</source>
        <translation>这些字段已被他人修改，请选择要保留的值：</translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="74"/>
        <source>{0}: theirs “{1}”, yours “{2}”</source>
        <translation>{0}：对方“{1}”，您的“{2}”</translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="82"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="83"/>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="94"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="95"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="96"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="97"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="98"/>
        <source>VIP level</source>
        <translation>VIP 等级</translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="99"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../forms/customer_conflicts.py" line="100"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../forms/customer_form.py" line="137"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="137"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="138"/>
        <source>Comma-separated, e.g. tv, elderly</source>
        <translation>用逗号分隔，例如：电视, 老年人</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="139"/>
        <source>Accepts sample trials</source>
        <translation>接受试用装</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="140"/>
        <source>Agreed to follow-up calls</source>
        <translation>同意回访</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="142"/>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="143"/>
        <source>Phones *</source>
        <translation>电话 *</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="144"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="145"/>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="146"/>
        <source>&amp;VIP level</source>
        <translation>VIP 等级(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="147"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="148"/>
        <source>Preferred call window</source>
        <translation>偏好的通话时段</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="149"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="154"/>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="155"/>
        <source>Morning (09-12)</source>
        <translation>上午（09-12 点）</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="156"/>
        <source>Afternoon (12-18)</source>
        <translation>下午（12-18 点）</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="157"/>
        <source>Evening (18-21)</source>
        <translation>晚上（18-21 点）</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="158"/>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="225"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户姓名。</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="227"/>
        <source>Enter at least one phone number.</source>
        <translation>请至少输入一个电话号码。</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="229"/>
        <source>Correct the phone numbers marked in red.</source>
        <translation>请更正标红的电话号码。</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="231"/>
        <source>Correct the address.</source>
        <translation>请更正地址。</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="255"/>
        <source>Already belongs to another customer: {0}</source>
        <translation>已属于另一位客户：{0}</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="269"/>
        <source>Check the duplicate phone warning, then save again to keep it.</source>
        <translation>请查看重复号码的提示，确认后再次保存即可保留。</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="301"/>
        <source>Saved, except the fields someone else changed meanwhile.</source>
        <translation>已保存，但他人同时修改的字段除外。</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.py" line="308"/>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../forms/order_customer_picker.py" line="49"/>
        <source>Name or phone, then Enter</source>
        <translation>输入姓名或电话后按回车</translation>
    </message>
</context>
<context>
    <name>DateRangeEdit</name>
    <message>
        <location filename="../../forms/search_conditions.py" line="51"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="51"/>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../softphone/qt/dial_pad.py" line="58"/>
        <source>Number or SIP address</source>
        <translation>号码或 SIP 地址</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/dial_pad.py" line="59"/>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/dial_pad.py" line="60"/>
        <source>Redial</source>
        <translation>重拨</translation>
    </message>
</context>
<context>
    <name>Dialler</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="133"/>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="163"/>
        <location filename="../../agent_desktop/features/campaigns/feature.py" line="140"/>
        <source>Press Start to work the campaigns.</source>
        <translation>按“开始”处理外呼活动。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="161"/>
        <source>Stopped: the record in hand was given back for another agent.</source>
        <translation>已停止：手中的记录已交还，可由其他坐席拨打。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="218"/>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="239"/>
        <source>Not ready: no new record is dialled until you are Ready.</source>
        <translation>未就绪：在您就绪前不会拨打新记录。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="221"/>
        <source>Taking the next record...</source>
        <translation>正在领取下一条记录...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="252"/>
        <source>Nothing to call now; asking again in a moment.</source>
        <translation>暂时没有可拨打的记录，稍后再试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="265"/>
        <source>Read the script, then dial or skip.</source>
        <translation>请阅读话术，然后拨打或跳过。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="273"/>
        <source>The back office cannot be reached; trying again shortly.</source>
        <translation>无法连接后台，稍后重试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="283"/>
        <source>The phone is not ready.</source>
        <translation>电话尚未就绪。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="300"/>
        <source>Ringing {0}...</source>
        <translation>正在呼叫 {0}...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="316"/>
        <source>The phone could not dial: {0} Dial again or skip the record.</source>
        <translation>电话无法拨出：{0} 请重新拨打或跳过此记录。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="327"/>
        <source>Answered: listening for an answering machine...</source>
        <translation>已接通：正在检测是否为答录机……</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="338"/>
        <source>On the call.</source>
        <translation>通话中。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="354"/>
        <source>On the call: an answering machine or fax seems to have answered.</source>
        <translation>通话中：接听方似乎是答录机或传真机。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="364"/>
        <source>Not dialled to the end: dial again or skip.</source>
        <translation>未拨完：请重新拨打或跳过。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="371"/>
        <source>Call ended: choose how it went.</source>
        <translation>通话已结束：请选择结果。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="412"/>
        <source>Recorded: {0}.</source>
        <translation>已记录：{0}。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="422"/>
        <source>This record may have gone to another agent meanwhile; its result may be refused.</source>
        <translation>此记录可能已在此期间分配给其他坐席；其结果可能不被接受。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="440"/>
        <source>{0} was paused: the record in hand was given back.</source>
        <translation>{0} 已暂停：手中的记录已交还。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dialler.py" line="442"/>
        <source>{0} was finished: the record in hand was given back.</source>
        <translation>{0} 已结束：手中的记录已交还。</translation>
    </message>
</context>
<context>
    <name>DispositionPanel</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="80"/>
        <source>Choose a call back time in the future.</source>
        <translation>请选择一个将来的回电时间。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="90"/>
        <source>How did the call end?</source>
        <translation>通话结果如何？</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="91"/>
        <source>Choose the campaign&apos;s result for this customer.</source>
        <translation>请为这位客户选择本次活动的结果。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="93"/>
        <source>Sale (opens an order)</source>
        <translation>成交（打开订单）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="94"/>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="95"/>
        <source>Wrong person</source>
        <translation>找错人</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="96"/>
        <source>Answering machine or fax</source>
        <translation>答录机或传真</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="101"/>
        <source>Call back then</source>
        <translation>届时回电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="101"/>
        <source>Hand to the Call Back queue</source>
        <translation>转入回电队列</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="106"/>
        <source>The campaign calls this customer until {0} at the latest: a later call back goes to the general Call Back queue, for any agent to make, and the campaign counts this record as done.</source>
        <translation>本活动最晚在 {0} 前呼叫该客户：更晚的回电将转入公共回电队列，由任一座席回拨，活动将此记录计为已完成。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/disposition_panel.py" line="110"/>
        <source>Notes (kept with the result and the call back)</source>
        <translation>备注（随结果和回电一并保存）</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="131"/>
        <source>The calls could not be read: %1</source>
        <translation>无法读取通话：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="140"/>
        <source>This call has no customer on record.</source>
        <translation>这通电话没有关联的客户。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="149"/>
        <source>Reading the calls...</source>
        <translation>正在读取通话...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="152"/>
        <source>%1 of %2 calls</source>
        <translation>第 %1 / 共 %2 通</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="161"/>
        <source>Calls behind a figure</source>
        <translation>数字背后的通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="163"/>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="164"/>
        <source>Read the next %1 calls</source>
        <translation>读取接下来的 %1 通</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="165"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/drill_dialog.py" line="166"/>
        <source>Double-click to open the customer&apos;s card</source>
        <translation>双击打开客户卡片</translation>
    </message>
</context>
<context>
    <name>EvaluateView</name>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="139"/>
        <source>Choose an agent and the dates, then Show calls lists their calls here.</source>
        <translation>选择坐席和日期，然后点击“显示通话”，其通话将列在这里。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="211"/>
        <source>Agent:</source>
        <translation>坐席：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="212"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="213"/>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="214"/>
        <source>Show calls</source>
        <translation>显示通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="215"/>
        <source>Form:</source>
        <translation>质检表：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="216"/>
        <source>The form a call not evaluated yet is scored with</source>
        <translation>尚未评分的通话使用此质检表评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="219"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="219"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="219"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="219"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="220"/>
        <source>Overall comment:</source>
        <translation>总体评语：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="221"/>
        <source>Save evaluation</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="222"/>
        <source>Recordings cannot be played on this desktop.</source>
        <translation>此桌面无法播放录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="267"/>
        <source>Choose an agent first.</source>
        <translation>请先选择坐席。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="272"/>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="276"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="285"/>
        <source>Double-click a call to hear and score it.</source>
        <translation>双击通话即可收听并评分。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="287"/>
        <source>No recorded calls of this agent in the period.</source>
        <translation>该坐席在此期间没有录音的通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="305"/>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="331"/>
        <source>The evaluation of this call is not saved (criteria scored: %1).</source>
        <translation>此通话的评分尚未保存（已评 %1 项）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="369"/>
        <source>There is no QA form yet.</source>
        <translation>还没有质检表。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="407"/>
        <source>%1 (%2 %)</source>
        <translation>%1（%2 %）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="409"/>
        <source>0 fails all</source>
        <translation>0 分则整体不合格</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="414"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="415"/>
        <source>Score each criterion 0 (poor) to its maximum; — leaves it out.</source>
        <translation>每项评 0 分（差）到满分；“—”表示不计入。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="432"/>
        <source>Total: —</source>
        <translation>总分：—</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="434"/>
        <source>Total: %1</source>
        <translation>总分：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="448"/>
        <source>Score at least one criterion.</source>
        <translation>请至少为一项评分。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="454"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="464"/>
        <source>Saved (%1). The agent has been told.</source>
        <translation>已保存（%1），已通知坐席。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/evaluate_view.py" line="476"/>
        <source>Not saved: %1 Nothing you typed is lost.</source>
        <translation>未保存：%1 您填写的内容都还在。</translation>
    </message>
</context>
<context>
    <name>EvaluationNotice</name>
    <message>
        <location filename="../../agent_desktop/features/quality/notice.py" line="42"/>
        <source>A call of yours was evaluated</source>
        <translation>您的一通通话已被评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/notice.py" line="43"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/notice.py" line="44"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/notice.py" line="45"/>
        <source>See the scores and comments in My evaluations</source>
        <translation>在“我的质检”中查看得分和评语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/notice.py" line="71"/>
        <source>%1 scored it %2.</source>
        <translation>%1 评分：%2。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/notice.py" line="73"/>
        <source>Its score: %1.</source>
        <translation>得分：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/quality/notice.py" line="76"/>
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="140"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="140"/>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="141"/>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="142"/>
        <source>The last day, included</source>
        <translation>最后一天（包含）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="143"/>
        <source>&amp;Interval:</source>
        <translation>时段(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="146"/>
        <source>T&amp;eam:</source>
        <translation>班组(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="148"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="148"/>
        <source>Your reports cover your own team only</source>
        <translation>您的报表只包含您自己的班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="150"/>
        <source>&amp;Agent:</source>
        <translation>坐席(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/filter_bar.py" line="151"/>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
</context>
<context>
    <name>FormsView</name>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="143"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="143"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="143"/>
        <source>Evaluations</source>
        <translation>评分数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="144"/>
        <source>New form</source>
        <translation>新建表单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="145"/>
        <source>Retire form...</source>
        <translation>停用表单...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="147"/>
        <source>New evaluations no longer use it; evaluations made with it keep their scores</source>
        <translation>新的评分不再使用它；已用它打的分保持不变</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="149"/>
        <source>Form name:</source>
        <translation>表单名称：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="150"/>
        <source>Add criterion</source>
        <translation>添加评分项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="151"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="152"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="153"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="154"/>
        <source>Save form</source>
        <translation>保存表单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="164"/>
        <source>Give the form a name.</source>
        <translation>请为表单命名。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="165"/>
        <source>Add at least one criterion.</source>
        <translation>请至少添加一个评分项。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="166"/>
        <source>A form has at most %1 criteria.</source>
        <translation>一个表单最多有 %1 个评分项。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="167"/>
        <source>Criterion %1 has no name.</source>
        <translation>第 %1 个评分项没有名称。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="168"/>
        <source>Two criteria are called “%1”.</source>
        <translation>有两个评分项都叫“%1”。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="170"/>
        <source>The weights add up to %1; make them add up to %2.</source>
        <translation>权重之和为 %1；请调整为 %2。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="243"/>
        <source>the new form</source>
        <translation>新表单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="244"/>
        <source>The changes to %1 are not saved.</source>
        <translation>对 %1 的修改尚未保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="300"/>
        <source>Weights: %1 of %2</source>
        <translation>权重：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="306"/>
        <source>A new form: once saved, it is offered on the QA screen.</source>
        <translation>新表单：保存后即可在质检界面使用。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="310"/>
        <source>Saving makes version %1. The %2 evaluations made so far keep the version they were scored with: their scores do not change.</source>
        <translation>保存后生成第 %1 版。已有的 %2 条评分保留评分时的版本，分数不会改变。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="316"/>
        <source>Version %1, not used yet.</source>
        <translation>第 %1 版，尚未使用。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="336"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="354"/>
        <source>Saved: version %1.</source>
        <translation>已保存：第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="365"/>
        <source>Not saved: %1 Nothing you typed is lost.</source>
        <translation>未保存：%1 您输入的内容都还在。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="374"/>
        <source>This form was retired meanwhile.</source>
        <translation>此表单已被停用。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="376"/>
        <source>It is the last form in use: make another one first.</source>
        <translation>这是最后一个在用的表单：请先新建另一个。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="386"/>
        <source>Retire form</source>
        <translation>停用表单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="387"/>
        <source>Retire “%1”? New evaluations no longer use it; the %2 evaluations made with it keep their scores.</source>
        <translation>停用“%1”？新的评分将不再使用它；已用它打的 %2 条评分保持原分数。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="396"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="398"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="405"/>
        <source>Retiring…</source>
        <translation>正在停用…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="411"/>
        <source>The form was retired; its evaluations keep their scores.</source>
        <translation>表单已停用；其评分保持原分数。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/forms_view.py" line="420"/>
        <source>Not retired: %1</source>
        <translation>未停用：%1</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="22"/>
        <source>answered</source>
        <translation>已接听</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="23"/>
        <source>busy</source>
        <translation>忙线</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="24"/>
        <source>no answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="25"/>
        <source>invalid number</source>
        <translation>无效号码</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="26"/>
        <source>rejected</source>
        <translation>被拒接</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="27"/>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="28"/>
        <source>missed</source>
        <translation>未接</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="29"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="68"/>
        <source>Talk %1</source>
        <translation>通话 %1</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/history_list.py" line="69"/>
        <source>Hold %1</source>
        <translation>保持 %1</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="128"/>
        <source>Choose a list</source>
        <translation>选择名单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="129"/>
        <source>Lists (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>名单 (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="139"/>
        <source>Reading the file...</source>
        <translation>正在读取文件...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="157"/>
        <source>The first rows of the file. Say which column holds what, then import.</source>
        <translation>以下是文件的前几行。请指定各列内容，然后导入。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="163"/>
        <source>The file is larger than {0} MiB: split the list.</source>
        <translation>文件超过 {0} MiB，请拆分名单。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="165"/>
        <source>The file is not an Excel workbook (.xlsx).</source>
        <translation>该文件不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="167"/>
        <source>The file cannot be read ({0}).</source>
        <translation>无法读取该文件（{0}）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="169"/>
        <source>The file cannot be read as a list ({0}).</source>
        <translation>无法将该文件读取为名单（{0}）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="178"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="195"/>
        <source>Checking the list...</source>
        <translation>正在检查名单...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="195"/>
        <source>Importing the list...</source>
        <translation>正在导入名单...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="206"/>
        <source>%n row(s) kept</source>
        <translation>
            <numerusform>保留 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="214"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="209"/>
        <source>%n refused</source>
        <translation>
            <numerusform>拒绝 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="208"/>
        <source> (%n matched to a customer by the number)</source>
        <translation>
            <numerusform>（按号码匹配到客户 %n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="211"/>
        <source>%n kept without a customer (several have the number)</source>
        <translation>
            <numerusform>%n 行保留但未关联客户（多个客户有此号码）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="213"/>
        <source>%n earlier record(s) replaced</source>
        <translation>
            <numerusform>替换了之前的 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="216"/>
        <source>Checked only, nothing imported: {0}</source>
        <translation>仅检查，未导入：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="224"/>
        <source>An unexpected error ({0}).</source>
        <translation>意外错误（{0}）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="225"/>
        <source>Not imported: {0}</source>
        <translation>未导入：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="238"/>
        <source>Import a list into {0}</source>
        <translation>向“{0}”导入名单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="239"/>
        <source>Choose file...</source>
        <translation>选择文件...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="241"/>
        <source>A CSV file or an Excel workbook (.xlsx), one target per row.</source>
        <translation>CSV 文件或 Excel 工作簿（.xlsx），每行一个呼叫对象。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="242"/>
        <source>Rows are numbered by their line of the file, as the report names them.</source>
        <translation>行号即文件中的行号，与检查结果中的行号一致。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="244"/>
        <source>Replace the %n record(s) imported before (the campaign has not run yet)</source>
        <translation>
            <numerusform>替换之前导入的 %n 条记录（活动尚未开始）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="246"/>
        <source>Unchecked: the list is added to the campaign&apos;s</source>
        <translation>不勾选：名单追加到活动现有的名单中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="247"/>
        <source>First row holds the column names</source>
        <translation>首行为列名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="249"/>
        <source>Phone number:</source>
        <translation>电话号码：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="250"/>
        <source>Customer ID:</source>
        <translation>客户编号：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="251"/>
        <source>Callee&apos;s time zone:</source>
        <translation>对方时区：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="252"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="253"/>
        <source>Notes for the agent:</source>
        <translation>给坐席的备注：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="257"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="258"/>
        <source>See the validation report without importing</source>
        <translation>只查看校验报告，不导入</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/import_dialog.py" line="259"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>KeepsTyped</name>
    <message>
        <location filename="../../forms/keeps_typed.py" line="47"/>
        <source>Discard what you typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location filename="../../forms/keeps_typed.py" line="48"/>
        <source>Close this form and lose what you typed in it?</source>
        <translation>关闭此表单并丢弃其中已输入的内容？</translation>
    </message>
    <message>
        <location filename="../../forms/keeps_typed.py" line="49"/>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/keeps_typed.py" line="50"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <location filename="../../crm/kpis.py" line="101"/>
        <source>answered within T ÷ answered</source>
        <translation>T 秒内接通数 ÷ 接通数</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="102"/>
        <source>answered within T ÷ (answered + abandoned)</source>
        <translation>T 秒内接通数 ÷ (接通数 + 放弃数)</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="103"/>
        <source>answered within T ÷ (answered + abandoned), short abandons left out</source>
        <translation>T 秒内接通数 ÷ (接通数 + 放弃数)，不计短时放弃</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="136"/>
        <source>Offered</source>
        <translation>呼入量</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="138"/>
        <source>Incoming calls that started ringing in the interval (short abandons included).</source>
        <translation>在该时段开始振铃的呼入电话（含短时放弃）。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="143"/>
        <source>Answered</source>
        <translation>接通量</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="145"/>
        <source>Incoming calls an agent answered.</source>
        <translation>坐席接听的呼入电话。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="150"/>
        <source>Abandoned</source>
        <translation>放弃量</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="152"/>
        <source>Incoming calls nobody answered (the caller hung up or it rang out; not those an agent rejected), ringing at least the short-abandon threshold (or of unknown length).</source>
        <translation>无人接听的呼入电话（来电方挂断或振铃超时；不含坐席拒接的），振铃时长不短于短时放弃阈值（或时长未知）。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="161"/>
        <source>Short abandons</source>
        <translation>短时放弃</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="163"/>
        <source>Incoming calls nobody answered that ended sooner than the short-abandon threshold after ringing.</source>
        <translation>无人接听、振铃后不到短时放弃阈值即结束的呼入电话。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="170"/>
        <source>Rejected</source>
        <translation>拒接</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="172"/>
        <source>Incoming calls an agent declined (disposition rejected).</source>
        <translation>坐席拒接的呼入电话（处理结果为拒接）。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="177"/>
        <source>Abandon rate</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="179"/>
        <source>Abandoned ÷ (offered − short abandons).</source>
        <translation>放弃量 ÷ (呼入量 − 短时放弃)。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="184"/>
        <source>Average abandon time</source>
        <translation>平均放弃时长</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="186"/>
        <source>Mean time from ringing to the caller hanging up, over abandoned calls (short abandons left out).</source>
        <translation>放弃电话从振铃到来电方挂断的平均时长（不计短时放弃）。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="193"/>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="195"/>
        <source>Calls answered within T seconds of ringing (wait ≤ T) ÷ the configured denominator: answered, or answered + abandoned, or answered + abandoned without short abandons.</source>
        <translation>振铃后 T 秒内接通的电话（等待 ≤ T）÷ 所设分母：接通数，或接通数 + 放弃数，或接通数 + 不含短时放弃的放弃数。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="204"/>
        <source>Average speed of answer</source>
        <translation>平均应答速度</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="206"/>
        <source>Mean wait from ringing to answer, over answered incoming calls.</source>
        <translation>已接通呼入电话从振铃到接听的平均等待时长。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="211"/>
        <source>Handled</source>
        <translation>处理量</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="213"/>
        <source>Connected calls, incoming and outgoing (the calls AHT is taken over).</source>
        <translation>已接通的电话，呼入与呼出（平均处理时长的计算基数）。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="218"/>
        <source>Outbound attempts</source>
        <translation>外呼次数</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="220"/>
        <source>Calls the agents dialled, connected or not.</source>
        <translation>坐席拨出的电话，无论是否接通。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="225"/>
        <source>Average handling time</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="227"/>
        <source>(Talk + hold + wrap-up) ÷ handled calls.</source>
        <translation>(通话 + 保持 + 话后处理) ÷ 处理量。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="232"/>
        <source>Average talk time</source>
        <translation>平均通话时长</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="234"/>
        <source>Talk seconds (hold excluded) ÷ handled calls.</source>
        <translation>通话秒数（不含保持）÷ 处理量。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="239"/>
        <source>Average hold time</source>
        <translation>平均保持时长</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="241"/>
        <source>Hold seconds ÷ handled calls (calls never held count as 0).</source>
        <translation>保持秒数 ÷ 处理量（未保持的电话按 0 计）。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="246"/>
        <source>Average wrap-up time</source>
        <translation>平均话后处理时长</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="248"/>
        <source>Wrap-up seconds ÷ handled calls.</source>
        <translation>话后处理秒数 ÷ 处理量。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="253"/>
        <source>First-contact resolution</source>
        <translation>首次解决率</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="255"/>
        <source>Answered incoming calls whose customer (or, unknown, calling number) did not call again within N days ÷ answered incoming calls with a known customer or number.</source>
        <translation>客户（未知客户则按来电号码）在 N 天内未再来电的已接通呼入电话 ÷ 客户或号码已知的已接通呼入电话。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="264"/>
        <source>Calls per hour per agent</source>
        <translation>每坐席每小时处理量</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="266"/>
        <source>Handled calls ÷ the agents&apos; staffed hours (signed in, any state).</source>
        <translation>处理量 ÷ 坐席在岗小时数（已签入，任何状态）。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="271"/>
        <source>Staffed time</source>
        <translation>在岗时长</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="273"/>
        <source>Time the agents were signed in: ready, not ready, ringing, on a call or in wrap-up.</source>
        <translation>坐席签入的时长：就绪、未就绪、振铃、通话中或话后处理。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="280"/>
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="282"/>
        <source>Time on calls, on hold and in wrap-up ÷ (that time + time ready or ringing); not-ready time left out.</source>
        <translation>通话、保持和话后处理时长 ÷ (该时长 + 就绪或振铃时长)；不计未就绪时长。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="290"/>
        <source>Not-ready time</source>
        <translation>未就绪时长</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="292"/>
        <source>Time the agents were not ready, every reason.</source>
        <translation>坐席未就绪的时长，所有原因。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="297"/>
        <source>Not-ready time by reason</source>
        <translation>按原因的未就绪时长</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="299"/>
        <source>Not-ready seconds per reason code (unspecified: no reason given).</source>
        <translation>各原因代码的未就绪秒数（unspecified：未给原因）。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="304"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="306"/>
        <source>Orders taken in the interval, cancelled ones left out.</source>
        <translation>该时段下的订单，不含已取消的。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="311"/>
        <source>Orders per call</source>
        <translation>每通电话订单数</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="313"/>
        <source>Orders taken on the handled calls ÷ handled calls; an order without a call is left out.</source>
        <translation>在已处理通话中下的订单数 ÷ 已处理通话数；不关联通话的订单不计入。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="320"/>
        <source>Order value</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="322"/>
        <source>Sum of the orders&apos; totals (per agent when grouped by agent).</source>
        <translation>订单总额之和（按坐席分组时即每坐席订单金额）。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="327"/>
        <source>Average order value</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="329"/>
        <source>Order value ÷ orders.</source>
        <translation>订单金额 ÷ 订单数。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="334"/>
        <source>Complaints opened</source>
        <translation>新增投诉</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="336"/>
        <source>Complaints recorded in the interval (by the agent who recorded them).</source>
        <translation>该时段登记的投诉（计入登记的坐席）。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="341"/>
        <source>Complaints resolved</source>
        <translation>已解决投诉</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="343"/>
        <source>Complaints set to resolved in the interval (by the user who resolved them).</source>
        <translation>该时段设为已解决的投诉（计入处理的用户）。</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="350"/>
        <source>Time zone of the centre</source>
        <translation>呼叫中心时区</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="351"/>
        <source>Short-abandon threshold (seconds)</source>
        <translation>短时放弃阈值（秒）</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="352"/>
        <source>Service-level target T (seconds)</source>
        <translation>服务水平目标 T（秒）</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="353"/>
        <source>Service level divides by</source>
        <translation>服务水平的分母</translation>
    </message>
    <message>
        <location filename="../../crm/kpis.py" line="354"/>
        <source>First-contact resolution window N (days)</source>
        <translation>首次解决观察期 N（天）</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="49"/>
        <source>Attempts</source>
        <translation>外呼次数</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="51"/>
        <source>Campaign calls whose result an agent reported in the interval, whatever the result (a record skipped in preview is not an attempt).</source>
        <translation>坐席在该时段内上报了结果的外呼活动呼叫，不论结果如何（预览时跳过的名单不算一次外呼）。</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="60"/>
        <source>Contacts</source>
        <translation>有效接通数</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="62"/>
        <source>Attempts answered by a person: answered, and not set to fax/machine by the agent afterwards. An answering machine or fax detected by the dialler is not a contact.</source>
        <translation>由真人接听的外呼：结果为已接通，且坐席事后未将其标为传真/答录机。拨号器检测到的答录机或传真不算有效接通。</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="71"/>
        <source>Contact rate</source>
        <translation>有效接通率</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="73"/>
        <source>Contacts ÷ attempts.</source>
        <translation>有效接通数 ÷ 外呼次数。</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="78"/>
        <source>Sales</source>
        <translation>成交数</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="80"/>
        <source>Contacts the agent closed with the disposition sale.</source>
        <translation>坐席以“成交”结束处理的有效接通。</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="85"/>
        <source>Conversion</source>
        <translation>成交转化率</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="87"/>
        <source>Sales ÷ contacts.</source>
        <translation>成交数 ÷ 有效接通数。</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="92"/>
        <source>Answered attempts</source>
        <translation>已接通次数</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="94"/>
        <source>Attempts with the result answered: contacts and the answered calls set to fax/machine.</source>
        <translation>结果为已接通的外呼：有效接通，以及接通后被标为传真/答录机的呼叫。</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="101"/>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="103"/>
        <source>Attempts with the result busy (SIP 486 or 600).</source>
        <translation>结果为占线的外呼（SIP 486 或 600）。</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="108"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="110"/>
        <source>Attempts that rang out (the campaign&apos;s ring timeout).</source>
        <translation>振铃超时无人接听的外呼（按外呼活动的振铃超时）。</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="115"/>
        <source>Invalid number</source>
        <translation>空号/无效号码</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="117"/>
        <source>Attempts to an invalid or vacant number (SIP 404, 410, 484 or 604).</source>
        <translation>拨打无效号码或空号的外呼（SIP 404、410、484 或 604）。</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="122"/>
        <source>Rejected by the callee</source>
        <translation>被叫拒接</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="124"/>
        <source>Attempts the callee declined (SIP 603).</source>
        <translation>被叫拒绝接听的外呼（SIP 603）。</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="129"/>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="131"/>
        <source>Attempts that failed in the network or a server (SIP 408 or 5xx).</source>
        <translation>因网络或服务器故障失败的外呼（SIP 408 或 5xx）。</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="136"/>
        <source>Machine detected</source>
        <translation>检测到答录机/传真</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="138"/>
        <source>Attempts the dialler found an answering machine or fax on.</source>
        <translation>拨号器检测到答录机或传真的外呼。</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="143"/>
        <source>Records finished</source>
        <translation>完成名单数</translation>
    </message>
    <message>
        <location filename="../../crm/campaign_kpis.py" line="145"/>
        <source>Records whose last attempt fell in the interval and ended them: an ending disposition, an invalid number, the attempts used up or a call back handed to the Call Back queue.</source>
        <translation>最后一次外呼落在该时段内并使其结束的名单：结束性处理结果、无效号码、外呼次数用尽，或回电已转入回电队列。</translation>
    </message>
</context>
<context>
    <name>LineButtons</name>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="17"/>
        <source>Dialling</source>
        <translation>拨号中</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="18"/>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="19"/>
        <source>Ringing out</source>
        <translation>对方振铃中</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="20"/>
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="21"/>
        <source>Talking</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="22"/>
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="28"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/line_buttons.py" line="61"/>
        <source>Line %1: free</source>
        <translation>线路 %1：空闲</translation>
    </message>
</context>
<context>
    <name>LogisticsExport</name>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="27"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="28"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="29"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="30"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="31"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="32"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="33"/>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="34"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="35"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="36"/>
        <source>Delivery</source>
        <translation>配送方式</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="37"/>
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="38"/>
        <source>Sorting date</source>
        <translation>分拣日期</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="39"/>
        <source>Hand-over date</source>
        <translation>交接日期</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="40"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="41"/>
        <source>Total (CNY)</source>
        <translation>总额（元）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="42"/>
        <source>Rush</source>
        <translation>加急</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="43"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/export.py" line="44"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
</context>
<context>
    <name>LogisticsFeature</name>
    <message>
        <location filename="../../agent_desktop/features/logistics/feature.py" line="41"/>
        <source>&amp;Logistics: sorting and shipping...</source>
        <translation>物流：分拣与发货(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/feature.py" line="57"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation>CRM 仍在启动，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/feature.py" line="63"/>
        <source>Logistics: sorting and shipping</source>
        <translation>物流：分拣与发货</translation>
    </message>
</context>
<context>
    <name>LogisticsLabels</name>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="15"/>
        <source>Express courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="16"/>
        <source>Standard courier</source>
        <translation>普通快递</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="17"/>
        <source>Post (China Post)</source>
        <translation>邮政（中国邮政）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="18"/>
        <source>Self-pickup</source>
        <translation>自提</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="23"/>
        <source>Waiting for sorting</source>
        <translation>待分拣</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="24"/>
        <source>Sorted</source>
        <translation>已分拣</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="25"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="26"/>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="27"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="28"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/core/labels.py" line="32"/>
        <source>Rush</source>
        <translation>加急</translation>
    </message>
</context>
<context>
    <name>LogisticsView</name>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="173"/>
        <source>Waiting for sorting</source>
        <translation>待分拣</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="173"/>
        <source>Sorted, waiting for shipment</source>
        <translation>已分拣，待发货</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="173"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="177"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="178"/>
        <source>&amp;Automatic by rules</source>
        <translation>按规则自动分配(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="179"/>
        <source>Assign &amp;selection</source>
        <translation>分配所选(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="180"/>
        <source>Confirm s&amp;orting</source>
        <translation>确认分拣(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="181"/>
        <source>Confirm s&amp;hipment</source>
        <translation>确认发货(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="182"/>
        <source>Selection &amp;delivered</source>
        <translation>所选已签收(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="183"/>
        <source>Selection re&amp;turned</source>
        <translation>所选已退回(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="184"/>
        <source>Courier r&amp;ules...</source>
        <translation>快递规则(&amp;U)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="185"/>
        <source>Export &amp;Excel</source>
        <translation>导出 &amp;Excel</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="186"/>
        <source>Export &amp;CSV</source>
        <translation>导出 &amp;CSV</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="187"/>
        <source>Export &amp;TSV</source>
        <translation>导出 &amp;TSV</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="190"/>
        <source>Type or pick a courier; Enter gives it to the selected orders</source>
        <translation>输入或选择快递公司；按回车键分配给所选订单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="191"/>
        <source>Sorting date</source>
        <translation>分拣日期</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="192"/>
        <source>Hand-over date</source>
        <translation>交接日期</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="220"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="281"/>
        <source>%1 orders</source>
        <translation>%1 个订单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="298"/>
        <source>Confirm sorting</source>
        <translation>确认分拣</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="298"/>
        <source>Confirm shipment</source>
        <translation>确认发货</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="342"/>
        <source>%1 couriers chosen by the rules; %2 orders still without one</source>
        <translation>已按规则分配 %1 个快递；仍有 %2 个订单未分配</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="353"/>
        <source>Type or pick a courier first.</source>
        <translation>请先输入或选择快递公司。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="357"/>
        <source>Select the orders that go with %1 first.</source>
        <translation>请先选择交给 %1 的订单。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="363"/>
        <source>%1 chosen for %2 orders; confirm to keep it.</source>
        <translation>已为 %2 个订单选择 %1；确认后才会保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="369"/>
        <source>The courier of shipped orders cannot change.</source>
        <translation>已发货订单的快递公司不能更改。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="386"/>
        <source>Choose a courier for at least one order first.</source>
        <translation>请先为至少一个订单选择快递公司。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="394"/>
        <source>%1 orders sorted</source>
        <translation>已分拣 %1 个订单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="407"/>
        <source>Enter the tracking numbers of the parcels first.</source>
        <translation>请先输入包裹的运单号。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="414"/>
        <source>%1 orders shipped</source>
        <translation>已发货 %1 个订单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="426"/>
        <source>Select shipped orders first.</source>
        <translation>请先选择已发货的订单。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="431"/>
        <source>%1 orders updated</source>
        <translation>已更新 %1 个订单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="448"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="449"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="450"/>
        <source>Tab-separated text (*.tsv)</source>
        <translation>制表符分隔文本 (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="455"/>
        <source>Export the sorting list</source>
        <translation>导出分拣清单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/view.py" line="483"/>
        <source>%1 orders exported</source>
        <translation>已导出 %1 个订单</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desktop/features/phone/__init__.py" line="15"/>
        <source>Softphone</source>
        <translation>软电话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/__init__.py" line="16"/>
        <source>No phone line yet</source>
        <translation>尚无电话线路</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/__init__.py" line="17"/>
        <source>The dial pad, your phone lines and the call controls (answer, hold, transfer, mute) will appear here.</source>
        <translation>拨号盘、电话线路和通话控制（接听、保持、转接、静音）将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/__init__.py" line="17"/>
        <source>Customer card</source>
        <translation>客户卡片</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/__init__.py" line="18"/>
        <source>No caller</source>
        <translation>无来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/__init__.py" line="19"/>
        <source>When a call rings, the caller&apos;s card pops up here: who they are, past contacts, orders, complaints and preferences.</source>
        <translation>来电振铃时，来电客户的卡片会在这里弹出：客户身份、历史联系、订单、投诉和偏好。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/__init__.py" line="18"/>
        <source>To-do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/__init__.py" line="19"/>
        <source>Nothing to do yet</source>
        <translation>暂无待办</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/__init__.py" line="20"/>
        <source>Your tasks and alerts will be listed here once the CRM is connected.</source>
        <translation>连接 CRM 后，您的任务和提醒将列在这里。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/__init__.py" line="18"/>
        <source>Callbacks</source>
        <translation>回拨</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/__init__.py" line="19"/>
        <source>No callbacks scheduled</source>
        <translation>暂无回拨安排</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/callbacks/__init__.py" line="20"/>
        <source>Customers waiting for you to call back will be listed here, soonest first.</source>
        <translation>等待您回电的客户将按时间先后列在这里。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="48"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="49"/>
        <source>&amp;Call</source>
        <translation>通话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="50"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="51"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="52"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="63"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/__init__.py" line="26"/>
        <source>SIP: not started</source>
        <translation>SIP：未启动</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/crm_link/__init__.py" line="11"/>
        <source>CRM: not connected</source>
        <translation>CRM：未连接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/__init__.py" line="27"/>
        <source>Audio: idle</source>
        <translation>音频：空闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/i18n.py" line="90"/>
        <location filename="../../agent_desktop/shell/main_window.py" line="337"/>
        <location filename="../../agent_desktop/shell/upgrade_notice.py" line="94"/>
        <location filename="../../main.py" line="46"/>
        <source>Agent Desktop</source>
        <translation>坐席工作台</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="65"/>
        <source>{0} ●{1}</source>
        <translation>{0} ●{1}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="346"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="347"/>
        <source>&amp;Import settings from IT…</source>
        <translation>导入 IT 下发的设置(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="348"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="349"/>
        <source>&amp;Open log folder</source>
        <translation>打开日志文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="350"/>
        <source>&amp;About Agent Desktop</source>
        <translation>关于坐席工作台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="351"/>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="352"/>
        <source>Agent state</source>
        <translation>坐席状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="353"/>
        <source>Agent state tool bar</source>
        <translation>坐席状态工具栏</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="354"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="396"/>
        <source>Not ready since {0}: over the {1} min allowed for {2}</source>
        <translation>自 {0} 起未就绪：已超过“{2}”允许的 {1} 分钟</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="401"/>
        <source>Agent: {0}</source>
        <translation>坐席：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/main_window.py" line="399"/>
        <source>Agent state since {0}</source>
        <translation>自 {0} 起处于此状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="187"/>
        <source>Could not start: {0}. See the log for details.</source>
        <translation>无法启动：{0}。详情请查看日志。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="236"/>
        <source>Import settings from IT</source>
        <translation>导入 IT 下发的设置</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="237"/>
        <source>Settings bundles (*.toml *.json)</source>
        <translation>设置包 (*.toml *.json)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="258"/>
        <source>Settings not imported</source>
        <translation>设置未导入</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="259"/>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="266"/>
        <source>Imported {0} settings from {1}</source>
        <translation>已从 {1} 导入 {0} 项设置</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/__init__.py" line="19"/>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/__init__.py" line="20"/>
        <source>No coaching messages</source>
        <translation>暂无辅导消息</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/__init__.py" line="21"/>
        <source>Messages from your supervisor and the standard texts to read to customers will appear here.</source>
        <translation>班长发来的消息和读给客户听的标准话术会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/__init__.py" line="21"/>
        <source>Campaign</source>
        <translation>外呼活动</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/__init__.py" line="22"/>
        <source>No campaign</source>
        <translation>暂无外呼活动</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/__init__.py" line="23"/>
        <source>The outbound campaigns of your team will be worked here.</source>
        <translation>在这里处理您班组的外呼活动。</translation>
    </message>
</context>
<context>
    <name>ManualDialGuard</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dnc_guard.py" line="54"/>
        <source>Dialled without the do-not-call check: the back office did not answer.</source>
        <translation>已拨打，但未核对免打扰名单：后台没有响应。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dnc_guard.py" line="59"/>
        <source>• {0}, {1}{2}</source>
        <translation>• {0}，{1}{2}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dnc_guard.py" line="76"/>
        <source>Do-not-call list</source>
        <translation>免打扰名单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dnc_guard.py" line="80"/>
        <source>{0} is on the do-not-call list: it may not be dialled.</source>
        <translation>{0} 在免打扰名单上：不允许拨打。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dnc_guard.py" line="84"/>
        <source>{0} is on the do-not-call list. Dial it anyway?</source>
        <translation>{0} 在免打扰名单上。仍要拨打吗？</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dnc_guard.py" line="87"/>
        <source>Dial anyway</source>
        <translation>仍然拨打</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/dnc_guard.py" line="88"/>
        <source>Do not dial</source>
        <translation>不拨打</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="141"/>
        <source>You</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="143"/>
        <source>team {0}</source>
        <translation>{0} 班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="145"/>
        <source>you</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="148"/>
        <source>{0} · {1} to {2}</source>
        <translation>{0} · {1} 发给 {2}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="150"/>
        <source>Standard text: {0}</source>
        <translation>标准话术：{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="160"/>
        <source>Read by %n agent(s)</source>
        <translation>
            <numerusform>已有 %n 名坐席阅读</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="160"/>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="164"/>
        <source>Not read yet</source>
        <translation>尚未阅读</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="165"/>
        <source>Read {0}</source>
        <translation>已读 {0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/coaching/message_list.py" line="167"/>
        <source>New</source>
        <translation>新消息</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/access.py" line="10"/>
        <source>Sign in to the CRM first: only supervisors may listen to, whisper to or barge into calls.</source>
        <translation>请先登录 CRM：只有主管可以监听、耳语或强插通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/access.py" line="13"/>
        <source>Only supervisors and administrators may listen to, whisper to or barge into agents&apos; calls.</source>
        <translation>只有主管和管理员可以监听、耳语或强插坐席的通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/dial.py" line="20"/>
        <source>Your PBX has no feature code for this: the setting {0} is empty.</source>
        <translation>您的交换机没有此功能的特征码：设置项 {0} 为空。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/dial.py" line="21"/>
        <source>The setting {0} is not a valid dial string: only {{extension}} and {{username}} may be filled in.</source>
        <translation>设置项 {0} 不是有效的拨号串：只能填入 {{extension}} 和 {{username}}。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/dial.py" line="24"/>
        <source>No extension is known for {0}.</source>
        <translation>不知道 {0} 的分机号。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/dial.py" line="25"/>
        <source>No user name is known for {0}.</source>
        <translation>不知道 {0} 的用户名。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/dial.py" line="26"/>
        <source>Cannot dial {0} for {1}: a dial string may hold only digits, letters, * # + and - _ . ! ~</source>
        <translation>无法拨打 {0}（坐席 {1}）：拨号串只能包含数字、字母、* # + 以及 - _ . ! ~</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/dial.py" line="29"/>
        <source>The phone is not running yet; try again in a moment.</source>
        <translation>电话尚未启动，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/dial.py" line="30"/>
        <source>No PBX is set up: feature codes need the registrar or the outbound proxy (Settings, SIP account).</source>
        <translation>尚未设置交换机：特征码需要注册服务器或出站代理（设置 → SIP 账户）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="38"/>
        <source>Listen (nobody hears you)</source>
        <translation>监听（双方都听不到您）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="39"/>
        <source>Listening to {0}&apos;s call: nobody hears you.</source>
        <translation>正在监听 {0} 的通话：双方都听不到您。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="40"/>
        <source>Could not listen to {0}&apos;s call: {1}</source>
        <translation>无法监听 {0} 的通话：{1}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="41"/>
        <source>Stopped listening to {0}&apos;s call.</source>
        <translation>已停止监听 {0} 的通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="42"/>
        <source>Your supervisor is listening to this call</source>
        <translation>主管正在监听此通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="43"/>
        <source>Supervisor listening</source>
        <translation>主管正在监听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="46"/>
        <source>Whisper (only the agent hears you)</source>
        <translation>耳语（只有坐席能听到您）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="47"/>
        <source>Whispering to {0}: only the agent hears you.</source>
        <translation>正在对 {0} 耳语：只有坐席能听到您。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="48"/>
        <source>Could not whisper to {0}: {1}</source>
        <translation>无法对 {0} 耳语：{1}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="49"/>
        <source>Stopped whispering to {0}.</source>
        <translation>已停止对 {0} 耳语。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="50"/>
        <source>Your supervisor is coaching you on this call (the customer does not hear)</source>
        <translation>主管正在此通话中指导您（客户听不到）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="51"/>
        <source>Supervisor whispering</source>
        <translation>主管正在耳语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="54"/>
        <source>Barge (agent and customer hear you)</source>
        <translation>强插（坐席和客户都能听到您）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="55"/>
        <source>In {0}&apos;s call: the agent and the customer hear you.</source>
        <translation>已加入 {0} 的通话：坐席和客户都能听到您。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="56"/>
        <source>Could not join {0}&apos;s call: {1}</source>
        <translation>无法加入 {0} 的通话：{1}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="57"/>
        <source>Left {0}&apos;s call.</source>
        <translation>已退出 {0} 的通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="58"/>
        <source>Your supervisor joined this call</source>
        <translation>主管已加入此通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/core/modes.py" line="59"/>
        <source>Supervisor in the call</source>
        <translation>主管已加入通话</translation>
    </message>
</context>
<context>
    <name>MonitorDialog</name>
    <message>
        <location filename="../../agent_desktop/features/monitor/dialog.py" line="57"/>
        <source>Monitor an agent</source>
        <translation>监听坐席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/dialog.py" line="58"/>
        <source>Agent&apos;s &amp;extension:</source>
        <translation>坐席分机(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/dialog.py" line="59"/>
        <source>The agent&apos;s phone extension or SIP user, e.g. 1001</source>
        <translation>坐席的电话分机或 SIP 用户，例如 1001</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/dialog.py" line="60"/>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/dialog.py" line="64"/>
        <source>&amp;Dial</source>
        <translation>拨打(&amp;D)</translation>
    </message>
</context>
<context>
    <name>MonitorFeature</name>
    <message>
        <location filename="../../agent_desktop/features/monitor/feature.py" line="80"/>
        <source>Monitor an agent...</source>
        <translation>监听坐席...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/feature.py" line="135"/>
        <source>Dialling {0} for {1}...</source>
        <translation>正在为 {1} 拨打 {0}...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/monitor/feature.py" line="168"/>
        <source>the call did not go through</source>
        <translation>呼叫未能接通</translation>
    </message>
</context>
<context>
    <name>MyEvaluationsView</name>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="85"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="88"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="89"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="90"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="91"/>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="96"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="92"/>
        <source>Evaluated by</source>
        <translation>评分人</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="93"/>
        <source>Form</source>
        <translation>质检表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="96"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="96"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="111"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="120"/>
        <source>None of your calls has been evaluated yet.</source>
        <translation>您的通话还没有被评分。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="138"/>
        <source>Your average QA score in the week of %1: %2 (%n evaluation(s))</source>
        <translation>
            <numerusform>您在 %1 这一周的平均质检得分：%2（%n 次评分）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="143"/>
        <source>No QA score in the last 90 days.</source>
        <translation>最近 90 天没有质检得分。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="158"/>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="189"/>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="191"/>
        <source>%1 (%2 %)</source>
        <translation>%1（%2 %）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/mine_view.py" line="197"/>
        <source>Overall: %1</source>
        <translation>总体：%1</translation>
    </message>
</context>
<context>
    <name>NewCallerForm</name>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="81"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="81"/>
        <source>N&amp;umber</source>
        <translation>号码(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="81"/>
        <source>&amp;City (optional)</source>
        <translation>城市（可选）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="81"/>
        <source>&amp;Address (optional)</source>
        <translation>地址（可选）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="84"/>
        <source>&amp;Save customer</source>
        <translation>保存客户(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="98"/>
        <source>New caller: %1</source>
        <translation>新来电者：%1</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="125"/>
        <source>Enter the caller&apos;s name.</source>
        <translation>请输入来电者姓名。</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="129"/>
        <source>This is not a phone number.</source>
        <translation>这不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/new_caller_form.py" line="145"/>
        <source>Please check the fields: %1</source>
        <translation>请检查这些字段：%1</translation>
    </message>
</context>
<context>
    <name>NotOpenedDialog</name>
    <message>
        <location filename="../../agent_desktop/shell/open_external.py" line="26"/>
        <source>Could not open the folder</source>
        <translation>无法打开文件夹</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/open_external.py" line="26"/>
        <source>Could not open the link</source>
        <translation>无法打开链接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/open_external.py" line="28"/>
        <source>No file manager was found to open this folder. Its path:</source>
        <translation>找不到可打开此文件夹的文件管理器。文件夹路径：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/open_external.py" line="30"/>
        <source>No web browser was found to open this link. The link:</source>
        <translation>找不到可打开此链接的网页浏览器。链接：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/open_external.py" line="37"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/open_external.py" line="50"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../forms/order_form_layout.py" line="66"/>
        <source>Express courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="67"/>
        <source>Standard courier</source>
        <translation>普通快递</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="68"/>
        <source>Post (China Post)</source>
        <translation>邮政（中国邮政）</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="69"/>
        <source>Self-pickup</source>
        <translation>自提</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="70"/>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="71"/>
        <source>Online payment: Alipay</source>
        <translation>在线支付：支付宝</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="72"/>
        <source>Online payment: WeChat Pay</source>
        <translation>在线支付：微信支付</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="73"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="74"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="79"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="80"/>
        <source>18-character unified social credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="81"/>
        <source>R&amp;ush order</source>
        <translation>加急订单(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="82"/>
        <source>&amp;Submit order (Ctrl+Enter)</source>
        <translation>提交订单(&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="83"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="84"/>
        <source>Cancel this &amp;order...</source>
        <translation>取消此订单(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="87"/>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="85"/>
        <source>Delivery</source>
        <translation>配送方式</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="88"/>
        <source>&amp;Delivery</source>
        <translation>配送方式(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="89"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="90"/>
        <source>Recipient p&amp;hone</source>
        <translation>收件人电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="91"/>
        <source>&amp;Payment</source>
        <translation>支付方式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="92"/>
        <source>&amp;Media source</source>
        <translation>媒体来源(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="93"/>
        <source>&amp;Invoice title</source>
        <translation>发票抬头(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="94"/>
        <source>Ta&amp;x id</source>
        <translation>税号(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../forms/order_form_layout.py" line="95"/>
        <source>Special &amp;requests</source>
        <translation>特殊要求(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="144"/>
        <source>Total: ¥%1</source>
        <translation>合计：¥%1</translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="160"/>
        <source>The quantity must be at least 1; to remove the line, select it and press Delete.</source>
        <translation>数量至少为 1；如要删除该行，请选中后按 Delete 键。</translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="373"/>
        <source>Discard order?</source>
        <translation>放弃订单？</translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="374"/>
        <source>Discard what you typed in this order?</source>
        <translation>放弃您在此订单中输入的内容？</translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="400"/>
        <source>Cancel order?</source>
        <translation>取消订单？</translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="401"/>
        <source>Cancel order %1? The customer will not receive it.</source>
        <translation>取消订单 %1？客户将不会收到此订单。</translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="441"/>
        <source>The CRM refused the order: %1 Fix it and submit again.</source>
        <translation>CRM 拒绝了此订单：%1 请修改后重新提交。</translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="442"/>
        <source>The CRM refused the change: %1</source>
        <translation>CRM 拒绝了此修改：%1</translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="469"/>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="472"/>
        <source>Order %1 (provisional number, not yet confirmed by the CRM)</source>
        <translation>订单 %1（临时编号，CRM 尚未确认）</translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="474"/>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="476"/>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../forms/order_form.py" line="478"/>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="183"/>
        <source>Choose the customer (search by name or phone).</source>
        <translation>请选择客户（按姓名或电话搜索）。</translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="185"/>
        <source>Add at least one product.</source>
        <translation>请至少添加一件商品。</translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="187"/>
        <source>An order has at most 50 lines.</source>
        <translation>一个订单最多 50 行。</translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="190"/>
        <source>The quantity must be between 1 and 9999.</source>
        <translation>数量必须在 1 到 9999 之间。</translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="192"/>
        <source>Only %1 in stock.</source>
        <translation>库存仅剩 %1。</translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="194"/>
        <source>The discount is a percentage from 0 to 100.</source>
        <translation>折扣为 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="196"/>
        <source>Choose how the order is delivered.</source>
        <translation>请选择配送方式。</translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="206"/>
        <source>Not a valid phone number.</source>
        <translation>电话号码无效。</translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="208"/>
        <source>Choose how the customer pays.</source>
        <translation>请选择付款方式。</translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="212"/>
        <source>A unified social credit code has 18 characters (now %1).</source>
        <translation>统一社会信用代码为 18 位（当前 %1 位）。</translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="216"/>
        <source>Only digits and capital letters except I, O, S, V and Z.</source>
        <translation>只能包含数字和大写字母（不含 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="218"/>
        <source>The check character is wrong: look for a typo.</source>
        <translation>校验位错误：请检查是否输错。</translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="220"/>
        <source>An invoice with a tax id needs a title (company name).</source>
        <translation>填写了税号的发票需要抬头（公司名称）。</translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="222"/>
        <source>The invoice title is limited to 200 characters.</source>
        <translation>发票抬头最多 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../forms/order_rules.py" line="224"/>
        <source>Special requests are limited to 4000 characters.</source>
        <translation>特殊要求最多 4000 个字符。</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <location filename="../../forms/order_lines_model.py" line="44"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="45"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="46"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="47"/>
        <source>Price ¥</source>
        <translation>单价 ¥</translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="48"/>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="49"/>
        <source>Total ¥</source>
        <translation>小计 ¥</translation>
    </message>
    <message>
        <location filename="../../forms/order_lines_model.py" line="132"/>
        <source>%1 in stock</source>
        <translation>库存 %1</translation>
    </message>
</context>
<context>
    <name>OrderLookup</name>
    <message>
        <location filename="../../forms/order_lookup.py" line="51"/>
        <source>Order number (SO… or L…) or the customer&apos;s phone</source>
        <translation>订单号（SO… 或 L…）或客户电话</translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="54"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="55"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="56"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="57"/>
        <source>Total ¥</source>
        <translation>小计 ¥</translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="58"/>
        <source>Courier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="59"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="62"/>
        <source>&amp;Find order</source>
        <translation>查找订单(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="71"/>
        <source>%1 orders found</source>
        <translation>找到 %1 个订单</translation>
    </message>
    <message>
        <location filename="../../forms/order_lookup.py" line="73"/>
        <source>No order with this number or phone</source>
        <translation>没有与此号码或电话对应的订单</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../crm/store/orders.py" line="32"/>
        <source>This order has left the warehouse (or was cancelled); it can no longer be changed.</source>
        <translation>此订单已出库（或已取消），不能再修改。</translation>
    </message>
</context>
<context>
    <name>OrdersDialog</name>
    <message>
        <location filename="../../agent_desktop/features/reports/order_dialog.py" line="34"/>
        <source>Orders behind %1: %2</source>
        <translation>%1 背后的订单：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/order_dialog.py" line="36"/>
        <source>Orders behind %1 over the whole period</source>
        <translation>整个时段内 %1 背后的订单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/order_dialog.py" line="55"/>
        <source>The orders could not be read: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/order_dialog.py" line="60"/>
        <source>Reading the orders...</source>
        <translation>正在读取订单...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/order_dialog.py" line="62"/>
        <source>%1 of %2 orders</source>
        <translation>第 %1 / 共 %2 个订单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/order_dialog.py" line="67"/>
        <source>Orders behind a figure</source>
        <translation>数字背后的订单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/order_dialog.py" line="68"/>
        <source>Read the next %1 orders</source>
        <translation>读取接下来的 %1 个订单</translation>
    </message>
</context>
<context>
    <name>OrdersFeature</name>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="94"/>
        <source>&amp;New order...</source>
        <translation>新建订单(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="96"/>
        <source>Order look&amp;up...</source>
        <translation>查询订单(&amp;U)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="227"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation>CRM 仍在启动，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="334"/>
        <source>Unfinished orders</source>
        <translation>未完成的订单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="335"/>
        <source>%1 order(s) were not submitted last time:
%2
Restore them?</source>
        <translation>上次有 %1 个订单未提交：
%2
要恢复吗？</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="341"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="342"/>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="343"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/orders/feature.py" line="415"/>
        <source>Order lookup</source>
        <translation>查询订单</translation>
    </message>
</context>
<context>
    <name>PendingWrapUps</name>
    <message>
        <location filename="../../screenpop/widgets/pending_wraps.py" line="48"/>
        <source>Wrap-ups waiting:</source>
        <translation>待完成的话后处理：</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/pending_wraps.py" line="49"/>
        <source>Calls whose wrap-up is not submitted yet; choose one to go on with it.</source>
        <translation>这些通话的话后处理尚未提交；选择一个继续填写。</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/pending_wraps.py" line="62"/>
        <source>Call at %1</source>
        <translation>呼叫时间 %1</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="42"/>
        <source>Answer</source>
        <translation>接听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="43"/>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="44"/>
        <source>Hold / resume</source>
        <translation>保持 / 恢复</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="45"/>
        <source>Mute / unmute</source>
        <translation>静音 / 取消静音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="46"/>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="48"/>
        <source>Call me from a &amp;demo customer</source>
        <translation>让一位演示客户给我打电话(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="74"/>
        <source>SIP: starting</source>
        <translation>SIP：启动中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="133"/>
        <source>SIP: restarting</source>
        <translation>SIP：重新启动中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="280"/>
        <source>Audio: idle</source>
        <translation>音频：空闲</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="282"/>
        <source>Audio: in use</source>
        <translation>音频：使用中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="261"/>
        <source>SIP: ready on port %1</source>
        <translation>SIP：已在端口 %1 就绪</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="269"/>
        <source>Next attempt in %1 s</source>
        <translation>%1 秒后重试</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="284"/>
        <source>Audio unavailable</source>
        <translation>音频不可用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/availability.py" line="32"/>
        <source>phone unavailable</source>
        <translation>电话不可用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/availability.py" line="95"/>
        <source>{0}.</source>
        <translation>{0}。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/availability.py" line="97"/>
        <source>Another program, or Agent Desktop on another profile, may hold port {0}. To use another port: Tools &gt; Settings &gt; SIP account &gt; Local port, or start with --set sip.local_port=N (0: any free port).</source>
        <translation>端口 {0} 可能已被其他程序或使用另一配置的坐席工作台占用。如需改用其他端口：工具 &gt; 设置 &gt; SIP 账户 &gt; 本地端口，或启动时加上 --set sip.local_port=N（0：任意空闲端口）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/availability.py" line="104"/>
        <source>Next attempt at {0}.</source>
        <translation>将于 {0} 再次尝试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/availability.py" line="126"/>
        <source>SIP: trying again</source>
        <translation>SIP：正在重试</translation>
    </message>
</context>
<context>
    <name>PhoneFeature</name>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="222"/>
        <source>No demo call: {0}</source>
        <translation>无法发起演示来电：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="224"/>
        <source>No demo call: the phone is still starting. Try again in a moment.</source>
        <translation>无法发起演示来电：电话仍在启动，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="226"/>
        <source>A demo call is already on its way.</source>
        <translation>演示来电已在拨打中。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/phone/feature.py" line="229"/>
        <source>No demo call: calls ring only while you are Ready. Choose Ready first.</source>
        <translation>无法发起演示来电：只有在就绪状态下来电才会振铃，请先选择“就绪”。</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <location filename="../../crm/phones.py" line="58"/>
        <location filename="../../crm/phones.py" line="64"/>
        <source>Not a phone number</source>
        <translation>不是电话号码</translation>
    </message>
    <message>
        <location filename="../../crm/phones.py" line="60"/>
        <source>Phone number is too long</source>
        <translation>电话号码太长</translation>
    </message>
</context>
<context>
    <name>PhonesEdit</name>
    <message>
        <location filename="../../forms/customer_phones.py" line="30"/>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="31"/>
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="32"/>
        <source>work</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="33"/>
        <source>fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="34"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="71"/>
        <location filename="../../forms/customer_phones.py" line="151"/>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="82"/>
        <location filename="../../forms/customer_phones.py" line="153"/>
        <source>Remove this phone</source>
        <translation>删除此电话</translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="146"/>
        <source>Not a valid phone number</source>
        <translation>不是有效的电话号码</translation>
    </message>
    <message>
        <location filename="../../forms/customer_phones.py" line="147"/>
        <source>This number is listed twice</source>
        <translation>此号码重复</translation>
    </message>
</context>
<context>
    <name>PlayerControl</name>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="132"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="133"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="134"/>
        <source>Save a copy of this recording</source>
        <translation>保存此录音的副本</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="135"/>
        <source>Drag to move in the recording (← → move 5 s, space plays or pauses)</source>
        <translation>拖动以跳到录音的其他位置（← → 前后跳 5 秒，空格键播放或暂停）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="173"/>
        <source>Recorded by the PBX: Play opens it in the browser.</source>
        <translation>由交换机录音：点“播放”在浏览器中打开。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="206"/>
        <source>No recording chosen.</source>
        <translation>未选择录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="208"/>
        <source>Inbound call, %1</source>
        <translation>呼入通话，%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="208"/>
        <source>Outbound call, %1</source>
        <translation>呼出通话，%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="211"/>
        <source>Recorded call of %1</source>
        <translation>%1 的通话录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="238"/>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="357"/>
        <source>Fetching the recording…</source>
        <translation>正在获取录音…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="263"/>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="337"/>
        <source>Cannot play: %1</source>
        <translation>无法播放：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="265"/>
        <source>The recording cannot be fetched now.</source>
        <translation>暂时无法获取录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="299"/>
        <source>Playing.</source>
        <translation>正在播放。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="316"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="316"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="345"/>
        <source>the file is not a sound recording this player can read</source>
        <translation>该文件不是本播放器能读取的录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="346"/>
        <source>the sound output failed</source>
        <translation>声音输出失败</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="375"/>
        <source>Ogg/Opus audio (*.ogg)</source>
        <translation>Ogg/Opus 音频 (*.ogg)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="375"/>
        <source>WAV audio (*.wav)</source>
        <translation>WAV 音频 (*.wav)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="377"/>
        <source>Save the recording</source>
        <translation>保存录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="384"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="387"/>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/player_control.py" line="392"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>Pop</name>
    <message>
        <location filename="../../screenpop/core/lookup.py" line="89"/>
        <source>The customer id sent with the call is unknown.</source>
        <translation>随来电传来的客户编号不存在。</translation>
    </message>
    <message>
        <location filename="../../screenpop/core/record_source.py" line="110"/>
        <source>Abnormal call</source>
        <translation>异常来电</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../agent_desktop/features/presence/core/machine.py" line="151"/>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/machine.py" line="155"/>
        <source>The desktop cannot take calls now.</source>
        <translation>当前无法接听电话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="26"/>
        <source>Logged out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="27"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="28"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="29"/>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="30"/>
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="31"/>
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="32"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/core/states.py" line="33"/>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="18"/>
        <source>Break</source>
        <translation>小休</translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="19"/>
        <source>Meal</source>
        <translation>用餐</translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="20"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="21"/>
        <source>Meeting</source>
        <translation>开会</translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="22"/>
        <source>Coaching</source>
        <translation>辅导</translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="23"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="24"/>
        <source>Phone unavailable</source>
        <translation>电话不可用</translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="25"/>
        <source>Headset unplugged</source>
        <translation>耳机已拔出</translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="26"/>
        <source>Away (screen locked)</source>
        <translation>离开（屏幕已锁定）</translation>
    </message>
    <message>
        <location filename="../../crm/reason_names.py" line="27"/>
        <source>Wrap-up time ran out</source>
        <translation>话后处理时间已到</translation>
    </message>
</context>
<context>
    <name>PresenceFeature</name>
    <message>
        <location filename="../../agent_desktop/features/presence/feature.py" line="102"/>
        <source>E&amp;xtend wrap-up</source>
        <translation>延长话后处理(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/feature.py" line="265"/>
        <source>Give this wrap-up {0} more seconds (once)</source>
        <translation>本次话后处理延长 {0} 秒（仅一次）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/presence/feature.py" line="295"/>
        <source>{0}:{1:02d} left</source>
        <translation>剩余 {0}:{1:02d}</translation>
    </message>
</context>
<context>
    <name>PriceApprovalPanel</name>
    <message>
        <location filename="../../forms/order_price_approval.py" line="175"/>
        <source>Asking a supervisor to approve the prices...</source>
        <translation>正在请主管审批价格……</translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="175"/>
        <location filename="../../forms/order_price_approval.py" line="201"/>
        <source>Ask a supervisor to &amp;approve</source>
        <translation>请主管审批价格(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="178"/>
        <source>The request for approval was not sent: %1</source>
        <translation>审批请求未发出：%1</translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="178"/>
        <location filename="../../forms/order_price_approval.py" line="188"/>
        <location filename="../../forms/order_price_approval.py" line="192"/>
        <source>&amp;Ask again</source>
        <translation>重新申请(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="184"/>
        <source>Waiting for a supervisor&apos;s approval (asked at %1)...</source>
        <translation>等待主管审批（%1 提交）……</translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="187"/>
        <source>%1 declined these prices at %2.</source>
        <translation>%1 于 %2 拒绝了这些价格。</translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="192"/>
        <source>The prices changed since %1 approved them.</source>
        <translation>%1 审批后价格已改动。</translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="198"/>
        <source>%1 at ¥%2 instead of the list price ¥%3: a discount over the limit needs a supervisor&apos;s approval.</source>
        <translation>%1 售价 ¥%2，目录价 ¥%3：超过限额的折扣需要主管审批。</translation>
    </message>
    <message>
        <location filename="../../forms/order_price_approval.py" line="205"/>
        <source>Prices approved by %1 at %2.</source>
        <translation>价格已由 %1 于 %2 审批通过。</translation>
    </message>
</context>
<context>
    <name>PriceApprovalRequest</name>
    <message>
        <location filename="../../forms/price_approval_request.py" line="65"/>
        <source>Price approval</source>
        <translation>价格审批</translation>
    </message>
    <message>
        <location filename="../../forms/price_approval_request.py" line="66"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/price_approval_request.py" line="67"/>
        <source>&amp;Decline</source>
        <translation>拒绝(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/price_approval_request.py" line="70"/>
        <source>%1 %2 × %3: ¥%4 instead of ¥%5 (%6)</source>
        <translation>%1 %2 × %3：¥%4（目录价 ¥%5，%6）</translation>
    </message>
    <message>
        <location filename="../../forms/price_approval_request.py" line="81"/>
        <source>%1 asks you to approve these prices:</source>
        <translation>%1 请您审批以下价格：</translation>
    </message>
    <message>
        <location filename="../../forms/price_approval_request.py" line="83"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>ProductLookup</name>
    <message>
        <location filename="../../forms/product_lookup.py" line="66"/>
        <source>SKU, name or pinyin initials (e.g. amy for 按摩椅)</source>
        <translation>SKU、名称或拼音首字母（例如 amy 表示按摩椅）</translation>
    </message>
    <message>
        <location filename="../../forms/product_lookup.py" line="67"/>
        <source>&amp;Product</source>
        <translation>商品(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/product_lookup.py" line="68"/>
        <source>&amp;Qty</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../forms/product_lookup.py" line="75"/>
        <source>%1  %2  ¥%3  stock %4</source>
        <translation>%1  %2  ¥%3  库存 %4</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../agent_desktop/shell/qt_texts.py" line="16"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/qt_texts.py" line="17"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/qt_texts.py" line="18"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../agent_desktop/shell/qt_texts.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/qt_texts.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="18"/>
        <source>Standard call</source>
        <translation>标准通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="19"/>
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="20"/>
        <source>Needs identified</source>
        <translation>需求识别</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="21"/>
        <source>Product knowledge</source>
        <translation>产品知识</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="22"/>
        <source>Compliance (recording announcement, price approval)</source>
        <translation>合规（录音告知、价格审批）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="23"/>
        <source>Closing</source>
        <translation>结束语</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="41"/>
        <source>%1 (failed)</source>
        <translation>%1（不合格）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="47"/>
        <source>The CRM cannot be reached; try again in a moment.</source>
        <translation>无法连接 CRM，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="49"/>
        <source>Your role may not evaluate this agent&apos;s calls.</source>
        <translation>您的角色不能评估该坐席的通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="51"/>
        <source>That call or evaluation is no longer there (the recording may have been deleted).</source>
        <translation>该通话或评分已不存在（录音可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="52"/>
        <source>An unexpected error (%1).</source>
        <translation>意外错误（%1）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="62"/>
        <source>In: %1</source>
        <translation>呼入：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/texts.py" line="62"/>
        <source>Out: %1</source>
        <translation>呼出：%1</translation>
    </message>
</context>
<context>
    <name>QualityFeature</name>
    <message>
        <location filename="../../agent_desktop/features/quality/feature.py" line="62"/>
        <source>&amp;Evaluate calls...</source>
        <translation>通话质检(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/feature.py" line="64"/>
        <source>&amp;QA forms...</source>
        <translation>质检表单(&amp;Q)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/feature.py" line="102"/>
        <source>My e&amp;valuations...</source>
        <translation>我的质检(&amp;V)...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/quality/feature.py" line="102"/>
        <source>My e&amp;valuations (%n new)...</source>
        <translation>
            <numerusform>我的质检(&amp;V)（%n 条新）...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/feature.py" line="138"/>
        <source>Evaluate calls</source>
        <translation>通话质检</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/feature.py" line="155"/>
        <source>QA forms</source>
        <translation>质检表单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/feature.py" line="199"/>
        <source>My evaluations</source>
        <translation>我的质检</translation>
    </message>
</context>
<context>
    <name>QualityIndicator</name>
    <message>
        <location filename="../../softphone/qt/quality_indicator.py" line="30"/>
        <source>Quality: %1</source>
        <translation>通话质量：%1</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/quality_indicator.py" line="33"/>
        <source>Jitter %1 ms, loss %2 %, round trip %3 ms</source>
        <translation>抖动 %1 毫秒，丢包 %2 %，往返 %3 毫秒</translation>
    </message>
</context>
<context>
    <name>QualityUnsaved</name>
    <message>
        <location filename="../../agent_desktop/features/quality/unsaved.py" line="37"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/unsaved.py" line="39"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/unsaved.py" line="40"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/unsaved.py" line="41"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReasonsEditor</name>
    <message>
        <location filename="../../agent_desktop/settings/reasons_editor.py" line="143"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/reasons_editor.py" line="143"/>
        <source>Most minutes</source>
        <translation>最长分钟数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/reasons_editor.py" line="144"/>
        <source>&amp;Add reason</source>
        <translation>添加原因(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/reasons_editor.py" line="145"/>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/reasons_editor.py" line="150"/>
        <source>A built-in reason: its name follows the language</source>
        <translation>内置原因：名称随界面语言显示</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/reasons_editor.py" line="151"/>
        <source>Empty minutes: no limit. Past the limit the agent&apos;s state turns amber.</source>
        <translation>分钟数留空表示不限时。超过时限后，坐席状态显示为琥珀色。</translation>
    </message>
</context>
<context>
    <name>RecentPopsList</name>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="28"/>
        <location filename="../../screenpop/widgets/recent_pops.py" line="76"/>
        <source>Recent pops</source>
        <translation>最近弹屏</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="65"/>
        <source>(no call)</source>
        <translation>（无通话）</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="67"/>
        <source>(wrap-up pending)</source>
        <translation>（待话后处理）</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="69"/>
        <source>(dialling)</source>
        <translation>（拨号中）</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="69"/>
        <source>(ringing)</source>
        <translation>（振铃中）</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="71"/>
        <source>(in call)</source>
        <translation>（通话中）</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/recent_pops.py" line="71"/>
        <source>(on hold)</source>
        <translation>（保持中）</translation>
    </message>
</context>
<context>
    <name>RecordControl</name>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="97"/>
        <source>This call is being recorded: tell the caller.</source>
        <translation>本通话正在录音：请告知来电者。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="147"/>
        <source>Recording</source>
        <translation>正在录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="149"/>
        <location filename="../../agent_desktop/features/recording/control.py" line="159"/>
        <source>Resume recording</source>
        <translation>继续录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="151"/>
        <source>Recording paused: on hold</source>
        <translation>录音已暂停：通话保持中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="152"/>
        <source>Record</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="157"/>
        <source>Pause recording</source>
        <translation>暂停录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="160"/>
        <source>Record call</source>
        <translation>通话录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="167"/>
        <source>This call is being recorded. Click to pause.</source>
        <translation>本通话正在录音。点击暂停。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="168"/>
        <source>This call is being recorded: the recording policy records calls, it cannot be paused.</source>
        <translation>本通话正在录音：录音策略规定录制通话，无法暂停。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="170"/>
        <source>The recording is paused: nothing is recorded. Click to go on.</source>
        <translation>录音已暂停：当前不录制任何内容。点击继续。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="172"/>
        <source>The call is on hold: nothing is recorded until it is resumed.</source>
        <translation>通话处于保持状态：恢复通话前不录制任何内容。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="174"/>
        <source>The recording policy records this call: it starts with the call&apos;s audio.</source>
        <translation>录音策略规定录制本通话：通话音频开始时即开始录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="176"/>
        <source>Record this call.</source>
        <translation>录制本通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="183"/>
        <source>No call to record.</source>
        <translation>没有可录音的通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="185"/>
        <source>Recording is off (Settings &gt; Recording; it may be set by your IT department).</source>
        <translation>录音已关闭（设置 &gt; 录音；可能由 IT 部门设定）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="187"/>
        <source>The recording policy records incoming calls only.</source>
        <translation>录音策略只录制呼入通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="188"/>
        <source>The recording policy decides which calls are recorded: it cannot be started or paused here.</source>
        <translation>由录音策略决定录制哪些通话：此处无法开始或暂停录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="197"/>
        <source>● Recording</source>
        <translation>● 录音中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="197"/>
        <source>This call is recorded (tell the caller).</source>
        <translation>本通话正在录音（请告知来电者）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="201"/>
        <source>❚❚ Recording paused</source>
        <translation>❚❚ 录音已暂停</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="201"/>
        <source>Nothing is recorded until you go on.</source>
        <translation>在您继续之前不录制任何内容。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="205"/>
        <source>❚❚ Recording paused: on hold</source>
        <translation>❚❚ 录音已暂停：通话保持中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/control.py" line="207"/>
        <source>Nothing is recorded while the call is on hold.</source>
        <translation>通话保持期间不录制任何内容。</translation>
    </message>
</context>
<context>
    <name>RecordingFeature</name>
    <message>
        <location filename="../../agent_desktop/features/recording/feature.py" line="89"/>
        <source>Call recordings…</source>
        <translation>通话录音…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/feature.py" line="247"/>
        <source>Open a customer&apos;s card first: the recordings are of their calls.</source>
        <translation>请先打开客户卡片：录音属于该客户的通话。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/feature.py" line="252"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/feature.py" line="282"/>
        <source>Call recordings</source>
        <translation>通话录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/feature.py" line="302"/>
        <source>The recordings cannot be loaded now: the CRM does not answer.</source>
        <translation>现在无法加载录音：CRM 没有响应。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/feature.py" line="335"/>
        <source>That call has no recording.</source>
        <translation>该通话没有录音。</translation>
    </message>
</context>
<context>
    <name>RecordingsPanel</name>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="61"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="61"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="61"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="61"/>
        <source>Where</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="73"/>
        <source>No recordings of this customer&apos;s calls.</source>
        <translation>该客户的通话没有录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="84"/>
        <source>In: %1</source>
        <translation>呼入：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="84"/>
        <source>Out: %1</source>
        <translation>呼出：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="86"/>
        <source>Agent&apos;s desktop</source>
        <translation>坐席电脑</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/recording/panel.py" line="86"/>
        <source>PBX</source>
        <translation>交换机</translation>
    </message>
</context>
<context>
    <name>RefusedRows</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/campaigns/refused_table.py" line="34"/>
        <source>Kept without a customer: %n customers have this number</source>
        <translation>
            <numerusform>已保留但未关联客户：%n 个客户有此号码</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/refused_table.py" line="43"/>
        <source>Line {0} of the file</source>
        <translation>文件第 {0} 行</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/refused_table.py" line="52"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/refused_table.py" line="52"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/refused_table.py" line="53"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/refused_table.py" line="53"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <location filename="../../softphone/engine/engine.py" line="59"/>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="61"/>
        <source>Registration refused: the registrar&apos;s TLS certificate is not trusted</source>
        <translation>注册被拒绝：注册服务器的 TLS 证书不受信任</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="63"/>
        <source>Registration refused: wrong user name or password</source>
        <translation>注册被拒绝：用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="65"/>
        <source>Registrar not reachable; retrying</source>
        <translation>无法连接注册服务器，正在重试</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="67"/>
        <source>Unregistered</source>
        <translation>未注册</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="68"/>
        <source>Registration failed</source>
        <translation>注册失败</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="28"/>
        <source>Call id</source>
        <translation>通话编号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="22"/>
        <location filename="../../backoffice/reports/call_export.py" line="29"/>
        <source>Rang at</source>
        <translation>振铃时间</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="30"/>
        <source>Answered at</source>
        <translation>接听时间</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="31"/>
        <source>Ended at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="32"/>
        <location filename="../../backoffice/reports/export.py" line="154"/>
        <location filename="../../backoffice/reports/export.py" line="175"/>
        <location filename="../../backoffice/reports/export.py" line="224"/>
        <source>Interval</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="23"/>
        <location filename="../../backoffice/reports/call_export.py" line="33"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="24"/>
        <location filename="../../backoffice/reports/call_export.py" line="34"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="35"/>
        <source>Caller</source>
        <translation>主叫</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="57"/>
        <location filename="../../backoffice/reports/campaign_sheet.py" line="27"/>
        <source>Campaign</source>
        <translation>外呼活动</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="36"/>
        <source>Called</source>
        <translation>被叫</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="37"/>
        <location filename="../../backoffice/reports/export.py" line="111"/>
        <source>Dialled number</source>
        <translation>拨入号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="28"/>
        <location filename="../../backoffice/reports/call_export.py" line="38"/>
        <location filename="../../backoffice/reports/export.py" line="112"/>
        <source>Media source</source>
        <translation>媒体来源</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="27"/>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="59"/>
        <location filename="../../agent_desktop/features/reports/core/order_list.py" line="47"/>
        <location filename="../../backoffice/reports/call_export.py" line="39"/>
        <location filename="../../backoffice/reports/export.py" line="109"/>
        <location filename="../../backoffice/reports/export.py" line="228"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="40"/>
        <location filename="../../backoffice/reports/export.py" line="110"/>
        <location filename="../../backoffice/reports/export.py" line="227"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="41"/>
        <source>Customer id</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="42"/>
        <source>Wait (s)</source>
        <translation>等待（秒）</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="43"/>
        <source>Talk (s)</source>
        <translation>通话（秒）</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="44"/>
        <source>Hold (s)</source>
        <translation>保持（秒）</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="45"/>
        <source>Wrap-up (s)</source>
        <translation>话后处理（秒）</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="46"/>
        <source>Handling (s)</source>
        <translation>处理时长（秒）</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="53"/>
        <source>Direction code</source>
        <translation>方向代码</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="54"/>
        <source>Outcome code</source>
        <translation>结果代码</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="55"/>
        <source>Disposition code</source>
        <translation>处理结果代码</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="63"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="63"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="31"/>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="61"/>
        <location filename="../../backoffice/reports/call_export.py" line="47"/>
        <source>Disposition</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/call_export.py" line="48"/>
        <source>Called again within the FCR window</source>
        <translation>首次解决观察期内再次来电</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="61"/>
        <source>count</source>
        <translation>个</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="62"/>
        <location filename="../../backoffice/reports/export.py" line="66"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="63"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="64"/>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="65"/>
        <source>per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="69"/>
        <source>Calls</source>
        <translation>通话明细</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="70"/>
        <source>Definitions</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="71"/>
        <source>Not ready by reason</source>
        <translation>未就绪（按原因）</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="78"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="118"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/campaign_sheet.py" line="26"/>
        <source>By campaign</source>
        <translation>按外呼活动</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/campaign_sheet.py" line="28"/>
        <location filename="../../backoffice/reports/export.py" line="161"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="177"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="178"/>
        <source>Not ready (s)</source>
        <translation>未就绪（秒）</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/reasons.py" line="29"/>
        <source>No reason given</source>
        <translation>未给原因</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="206"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="207"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="208"/>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="209"/>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="221"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="222"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="223"/>
        <source>To (not included)</source>
        <translation>止（不含）</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="226"/>
        <source>Grouped by</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="229"/>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="330"/>
        <source>Only the first %1 calls are on the calls sheet.</source>
        <translation>通话明细表只列出前 %1 通电话。</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="372"/>
        <source>By interval</source>
        <translation>按时段</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="373"/>
        <source>By agent</source>
        <translation>按坐席</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="374"/>
        <source>By team</source>
        <translation>按班组</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="375"/>
        <source>By dialled number</source>
        <translation>按拨入号码</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="376"/>
        <source>By media source</source>
        <translation>按媒体来源</translation>
    </message>
    <message>
        <location filename="../../backoffice/reports/export.py" line="379"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../crm/report_names.py" line="12"/>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <location filename="../../crm/report_names.py" line="13"/>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../crm/report_names.py" line="14"/>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../crm/report_names.py" line="15"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../crm/report_names.py" line="16"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../crm/report_names.py" line="20"/>
        <source>Whole period</source>
        <translation>整个时段</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/query.py" line="46"/>
        <source>The last day is before the first day.</source>
        <translation>最后一天早于第一天。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/query.py" line="48"/>
        <source>A report covers at most 732 days: choose a shorter period.</source>
        <translation>一份报表最多涵盖 732 天：请选择更短的时间段。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/query.py" line="50"/>
        <source>Too many intervals for this period: choose a longer interval or a shorter period.</source>
        <translation>该时间段的时段过多：请选择更长的时段粒度或更短的时间段。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/chart_panel.py" line="88"/>
        <source>h:mm:ss</source>
        <translation>时:分:秒</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/chart_panel.py" line="88"/>
        <source>m:ss</source>
        <translation>分:秒</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/chart_panel.py" line="237"/>
        <source>No calls in this period for these filters. Choose other days, another team or agent.</source>
        <translation>所选时段和条件下没有通话。请选择其他日期、班组或坐席。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/chart_panel.py" line="365"/>
        <source>&amp;Figure:</source>
        <translation>指标(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/chart_panel.py" line="366"/>
        <source>The figure the chart shows</source>
        <translation>图表显示的指标</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="29"/>
        <source>Wait</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="30"/>
        <source>Handling time</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="56"/>
        <source>Result at</source>
        <translation>结果时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="25"/>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="58"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="26"/>
        <location filename="../../agent_desktop/features/reports/core/order_list.py" line="46"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="60"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/call_list.py" line="62"/>
        <source>SIP code</source>
        <translation>SIP 代码</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="71"/>
        <source>Incoming</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="72"/>
        <source>Outgoing</source>
        <translation>外呼</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="73"/>
        <source>Answered</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="74"/>
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="75"/>
        <source>Short abandon</source>
        <translation>短时放弃</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="76"/>
        <source>Rejected</source>
        <translation>拒接</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="77"/>
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location filename="../../crm/code_labels.py" line="78"/>
        <source>Not connected</source>
        <translation>未接通</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="9"/>
        <source>Interval</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="10"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="11"/>
        <source>Media source</source>
        <translation>媒体来源</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="12"/>
        <source>Campaign</source>
        <translation>外呼活动</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="13"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/order_list.py" line="44"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/order_list.py" line="45"/>
        <source>Taken at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/order_list.py" line="48"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="14"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/order_list.py" line="49"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm/report_names.py" line="25"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="15"/>
        <source>Double-click for the calls behind this figure</source>
        <translation>双击查看该数字背后的通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/core/texts.py" line="16"/>
        <source>No list of calls is kept behind this figure</source>
        <translation>该数字没有对应的通话列表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/errors.py" line="22"/>
        <source>Your role may not see these figures.</source>
        <translation>您的角色无权查看这些数据。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/errors.py" line="24"/>
        <source>The back office is still preparing the reports (it counts every call once after an upgrade or a change of threshold). Try again in a minute.</source>
        <translation>后台仍在准备报表（升级后或阈值更改后需要把所有通话重新统计一遍），请一分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/errors.py" line="32"/>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/errors.py" line="33"/>
        <source>An unexpected error (%1).</source>
        <translation>意外错误（%1）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/interval_charts.py" line="52"/>
        <source>Calls and abandons by interval</source>
        <translation>按时段的来电与放弃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/interval_charts.py" line="80"/>
        <source>Service level (answered within %1 s) against the target of %2%</source>
        <translation>服务水平（%1 秒内接通）与目标 %2% 对比</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/interval_charts.py" line="88"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/interval_charts.py" line="102"/>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/interval_charts.py" line="103"/>
        <source>The share of calls to answer within the service-level time</source>
        <translation>应在服务水平时限内接通的来电比例</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/group_charts.py" line="82"/>
        <source>%1: the first %2 of %3 media sources</source>
        <translation>%1：%3 个媒体来源中的前 %2 个</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/campaign_charts.py" line="46"/>
        <source>Attempts, contacts and sales by campaign</source>
        <translation>各外呼活动的外呼、有效接通与成交</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/campaign_charts.py" line="54"/>
        <source>No campaign calls in this period for these filters. Choose other days, another team or agent.</source>
        <translation>此时段内没有符合这些筛选条件的外呼活动呼叫。请选择其他日期、班组或坐席。</translation>
    </message>
</context>
<context>
    <name>ReportsFeature</name>
    <message>
        <location filename="../../agent_desktop/features/reports/feature.py" line="46"/>
        <source>&amp;Reports...</source>
        <translation>报表(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/feature.py" line="47"/>
        <source>My &amp;day...</source>
        <translation>我的今日(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/feature.py" line="99"/>
        <source>QA scores</source>
        <translation>质检得分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/feature.py" line="100"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/feature.py" line="100"/>
        <source>My day</source>
        <translation>我的今日</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/feature.py" line="114"/>
        <source>The customer card is not available.</source>
        <translation>客户卡片不可用。</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="196"/>
        <source>Reading the figures...</source>
        <translation>正在读取数据...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="203"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="233"/>
        <source>%1 on the centre&apos;s clock (%3); service level: %4, T = %5 s</source>
        <translation>%1，按呼叫中心时钟（%3）；服务水平：%4，T = %5 秒</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="235"/>
        <source>%1 to %2 on the centre&apos;s clock (%3); service level: %4, T = %5 s</source>
        <translation>%1 至 %2，按呼叫中心时钟（%3）；服务水平：%4，T = %5 秒</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="238"/>
        <source>team %6</source>
        <translation>班组 %6</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="238"/>
        <source>all teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="259"/>
        <source>The report could not be made: %1</source>
        <translation>无法生成报表：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="271"/>
        <source>No list of calls is kept behind %1.</source>
        <translation>%1 没有对应的通话列表。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="288"/>
        <source>Calls behind %1: %2</source>
        <translation>%1 背后的通话：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="290"/>
        <source>Calls behind %1 over the whole period</source>
        <translation>整个时间段内 %1 背后的通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="302"/>
        <source>Campaign calls behind %1: %2</source>
        <translation>%1 背后的外呼活动呼叫：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="303"/>
        <source>Campaign calls behind %1 over the whole period</source>
        <translation>整个时段内 %1 背后的外呼活动呼叫</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="319"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="319"/>
        <source>Calls, one row each (*.csv)</source>
        <translation>通话，每通一行 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="321"/>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="340"/>
        <source>Exporting...</source>
        <translation>正在导出...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="345"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="360"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="361"/>
        <source>Read the figures for these filters</source>
        <translation>按这些筛选条件读取数据</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="362"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="363"/>
        <source>E&amp;xport...</source>
        <translation>导出(&amp;X)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="365"/>
        <source>Save the report as an Excel workbook (every view, one row per call, the definitions) or CSV</source>
        <translation>将报表保存为 Excel 工作簿（每个视图、每通一行、指标定义）或 CSV</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="368"/>
        <source>Volume and abandons</source>
        <translation>话务量与放弃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="369"/>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="370"/>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="371"/>
        <source>Media sources</source>
        <translation>媒体来源</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="372"/>
        <source>Campaigns</source>
        <translation>外呼活动</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/reports/view.py" line="373"/>
        <source>My figures</source>
        <translation>我的数据</translation>
    </message>
</context>
<context>
    <name>RestoredWrapUps</name>
    <message>
        <location filename="../../agent_desktop/features/screenpop/wrap_restore.py" line="177"/>
        <source>Discard wrap-up</source>
        <translation>放弃话后处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/wrap_restore.py" line="178"/>
        <source>Discard this wrap-up?</source>
        <translation>放弃这条话后处理吗？</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/wrap_restore.py" line="185"/>
        <source>The call&apos;s log keeps what was typed before the app closed; what was typed since, and the follow-up to-do, are not saved.</source>
        <translation>该通话的通话记录保留程序关闭前输入的内容；之后输入的内容和跟进待办不会保存。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/wrap_restore.py" line="191"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/wrap_restore.py" line="193"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <location filename="../../agent_desktop/shell/role_gate.py" line="39"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation>CRM 仍在启动，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="53"/>
        <source>QA score: the mean of the weighted totals of the evaluations whose call started in the week or month (the centre&apos;s time zone).</source>
        <translation>质检得分：通话开始于该周或该月（呼叫中心时区）的各次评分加权总分的平均值。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="57"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="57"/>
        <source>Week of</source>
        <translation>周（起始日）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="58"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="58"/>
        <source>Evaluations</source>
        <translation>评分次数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="58"/>
        <source>QA score</source>
        <translation>质检得分</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="74"/>
        <source>Reading the QA scores...</source>
        <translation>正在读取质检得分...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/quality/scores_panel.py" line="81"/>
        <source>No evaluated calls in this period.</source>
        <translation>此期间没有已评分的通话。</translation>
    </message>
</context>
<context>
    <name>ScreenPopDock</name>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="147"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="148"/>
        <source>The CRM cannot be reached: this card comes from the local copy.</source>
        <translation>无法连接 CRM：此卡片来自本地副本。</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="149"/>
        <source>The customer card appears here when a call rings.</source>
        <translation>来电振铃时，客户卡片将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="343"/>
        <source>Opened without a call</source>
        <translation>手动打开（无通话）</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="345"/>
        <source>Not reached: %1</source>
        <translation>未接通：%1</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="345"/>
        <source>Not answered: %1</source>
        <translation>未接听：%1</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="348"/>
        <source>Call finished</source>
        <translation>通话结束</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="350"/>
        <source>Call ended: wrap-up pending</source>
        <translation>通话已结束：待话后处理</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="352"/>
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="354"/>
        <source>In call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="356"/>
        <source>Dialling</source>
        <translation>拨号中</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="358"/>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/card_dock.py" line="360"/>
        <source>(marked abnormal)</source>
        <translation>（已标记为异常）</translation>
    </message>
</context>
<context>
    <name>ScreenView</name>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="15"/>
        <source>Answered a call: %1</source>
        <translation>接听来电：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="16"/>
        <source>Dialled %1</source>
        <translation>拨打 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="17"/>
        <source>Call ended: %1 (%2)</source>
        <translation>通话结束：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="18"/>
        <source>Opened customer %1</source>
        <translation>打开客户 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="19"/>
        <source>Created %1: %2</source>
        <translation>新建%1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="20"/>
        <source>Changed %1: %2</source>
        <translation>修改%1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="21"/>
        <source>Deleted %1: %2</source>
        <translation>删除%1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="22"/>
        <source>%1 %2: %3</source>
        <translation>%1%2：%3</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="23"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="24"/>
        <source>Searched customers: %1</source>
        <translation>查找客户：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="25"/>
        <source>Exported %2 customers to %1</source>
        <translation>导出 %2 位客户到 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="26"/>
        <source>Handed %2 customers to call list %1</source>
        <translation>将 %2 位客户加入外呼名单 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="28"/>
        <source>State: %1 (%2)</source>
        <translation>状态：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="29"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="32"/>
        <source>order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="33"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="34"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="35"/>
        <source>to-do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="36"/>
        <source>call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="37"/>
        <source>call log</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="38"/>
        <source>contact</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="39"/>
        <source>blocked number</source>
        <translation>黑名单号码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="43"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="44"/>
        <source>Called back</source>
        <translation>回拨</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="45"/>
        <source>Took</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/core/texts.py" line="46"/>
        <source>Gave back</source>
        <translation>退回</translation>
    </message>
</context>
<context>
    <name>ScreenViewFeature</name>
    <message>
        <location filename="../../agent_desktop/features/screenview/feature.py" line="105"/>
        <source>Being viewed</source>
        <translation>正在被查看</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/feature.py" line="107"/>
        <source>%1 can see this window (not other programs)</source>
        <translation>%1 能看到本窗口（看不到其他程序）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/feature.py" line="108"/>
        <source>A supervisor</source>
        <translation>一位班长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/feature.py" line="120"/>
        <source>The CRM is still starting; try again in a moment.</source>
        <translation>CRM 仍在启动，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/feature.py" line="129"/>
        <source>Screen of %1</source>
        <translation>%1 的画面</translation>
    </message>
</context>
<context>
    <name>ScreenViewer</name>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="167"/>
        <source>Asking %1&apos;s desktop for its screen…</source>
        <translation>正在请求 %1 的桌面画面…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="219"/>
        <source>Waiting for %1&apos;s screen…</source>
        <translation>正在等待 %1 的画面…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="236"/>
        <source>%1&apos;s desktop does not answer: it may be closed or offline.</source>
        <translation>%1 的桌面没有应答：可能已关闭或离线。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="247"/>
        <source>%1&apos;s screen at %2</source>
        <translation>%1 的画面（%2）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="291"/>
        <source>You may not view %1&apos;s screen.</source>
        <translation>您无权查看 %1 的画面。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="295"/>
        <source>%1 Trying again…</source>
        <translation>%1 正在重试…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="305"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="305"/>
        <source>In call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="304"/>
        <source>What %1 did</source>
        <translation>%1 的操作</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="114"/>
        <source>Nothing yet: %1&apos;s operations appear here as they do them.</source>
        <translation>暂无操作：%1 的操作会在进行时显示在这里。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenview/viewer.py" line="307"/>
        <source>The agent&apos;s operations, newest first; during a call, how far into it</source>
        <translation>坐席的操作，最新的在前；通话中的操作显示距通话开始多久</translation>
    </message>
</context>
<context>
    <name>SearchConditions</name>
    <message>
        <location filename="../../forms/search_conditions.py" line="114"/>
        <source>Name or pinyin initials</source>
        <translation>姓名或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="115"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="116"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="117"/>
        <source>Province, city or district</source>
        <translation>省、市或区/县</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="118"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="119"/>
        <source>Product bought (SKU)</source>
        <translation>购买过的商品（SKU）</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="138"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="140"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="140"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="120"/>
        <source>VIP level</source>
        <translation>VIP 等级</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="121"/>
        <source>VIP level at least</source>
        <translation>VIP 等级不低于</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="122"/>
        <source>Accepts sample trials</source>
        <translation>接受试用装</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="123"/>
        <source>Agreed to follow-up calls</source>
        <translation>同意回访</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="124"/>
        <source>Preferred call window</source>
        <translation>偏好的通话时段</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="125"/>
        <source>Has a complaint that is</source>
        <translation>有以下状态的投诉</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="126"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="127"/>
        <source>Ordered</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="142"/>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="143"/>
        <source>Morning (09-12)</source>
        <translation>上午（09-12 点）</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="144"/>
        <source>Afternoon (12-18)</source>
        <translation>下午（12-18 点）</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="145"/>
        <source>Evening (18-21)</source>
        <translation>晚上（18-21 点）</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="146"/>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="147"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="148"/>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="149"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="150"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="161"/>
        <source>The date range ends before it starts</source>
        <translation>日期范围的结束早于开始</translation>
    </message>
    <message>
        <location filename="../../forms/search_conditions.py" line="167"/>
        <source>Invalid condition {0}: {1}</source>
        <translation>无效的条件 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>SearchExport</name>
    <message>
        <location filename="../../forms/search_export.py" line="20"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="21"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="22"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="23"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="24"/>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="25"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="26"/>
        <source>VIP level</source>
        <translation>VIP 等级</translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="27"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="28"/>
        <source>Accepts samples</source>
        <translation>接受试用装</translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="29"/>
        <source>Follow-up opt-in</source>
        <translation>同意回访</translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="30"/>
        <source>Call window</source>
        <translation>通话时段</translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="31"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="32"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../forms/search_export.py" line="33"/>
        <source>Customer id</source>
        <translation>客户编号</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <location filename="../../agent_desktop/features/search/feature.py" line="72"/>
        <source>&amp;Find customers...</source>
        <translation>查找客户(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/search/feature.py" line="75"/>
        <source>New &amp;customer...</source>
        <translation>新建客户(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/search/feature.py" line="121"/>
        <source>The CRM is not ready yet; try again in a moment</source>
        <translation>CRM 尚未就绪，请稍后再试</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/search/feature.py" line="137"/>
        <source>Find customers</source>
        <translation>查找客户</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../forms/search_panel.py" line="170"/>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="171"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="172"/>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="173"/>
        <source>Save search…</source>
        <translation>保存搜索…</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="174"/>
        <source>Delete saved</source>
        <translation>删除已保存</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="175"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="177"/>
        <source>Add to a campaign…</source>
        <translation>加入外呼活动…</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="179"/>
        <source>Add every customer this search finds to an outbound campaign, with the back office&apos;s check</source>
        <translation>将本次搜索找到的所有客户加入外呼活动，由后台核对</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="218"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="233"/>
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>显示 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="235"/>
        <source>%n found locally, more on demand</source>
        <translation>
            <numerusform>本地找到 %n 位，更多按需加载</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="242"/>
        <source>CRM not searched: {0}</source>
        <translation>未搜索 CRM：{0}</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="277"/>
        <source>Save search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="277"/>
        <source>Name of this search:</source>
        <translation>此搜索的名称：</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="291"/>
        <source>Search first, then export</source>
        <translation>请先搜索，再导出</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="295"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="299"/>
        <source>%n customer(s) exported</source>
        <translation>
            <numerusform>已导出 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="304"/>
        <source>Export failed: {0}</source>
        <translation>导出失败：{0}</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="312"/>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="314"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="182"/>
        <source>Hand to call list…</source>
        <translation>加入外呼名单…</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="184"/>
        <source>Put every customer found on an outbound call list, worked through the Call Back queue</source>
        <translation>将找到的所有客户加入外呼名单，通过回电队列逐一外呼</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="337"/>
        <source>Search first, then hand the results to a call list</source>
        <translation>请先搜索，再将结果加入外呼名单</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="371"/>
        <source>Adding customers to call list {0}…</source>
        <translation>正在将客户加入外呼名单“{0}”…</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="383"/>
        <source>Not added to the call list: {0}</source>
        <translation>未能加入外呼名单：{0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="393"/>
        <source>%n customer(s) added to call list {0}</source>
        <translation>
            <numerusform>已将 %n 位客户加入外呼名单“{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="396"/>
        <source>%n without a phone skipped</source>
        <translation>
            <numerusform>跳过 %n 位没有电话的客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../forms/search_panel.py" line="398"/>
        <source>%n already on the list</source>
        <translation>
            <numerusform>%n 位已在名单中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="400"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../forms/search_panel.py" line="400"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../forms/search_results_model.py" line="81"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="82"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="83"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="84"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="85"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="86"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="87"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="89"/>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <location filename="../../forms/search_results_model.py" line="89"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="106"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="108"/>
        <source>must not contain spaces or any of @ : &lt; &gt; &quot; &apos;</source>
        <translation>不能包含空格或 @ : &lt; &gt; &quot; &apos; 中的任何字符</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="115"/>
        <source>must be 0 (ring until the caller hangs up) or at least 5</source>
        <translation>必须为 0（一直振铃，直到来电方挂断）或不小于 5</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="128"/>
        <source>must be a host name or address, without spaces</source>
        <translation>必须是主机名或地址，不含空格</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="161"/>
        <source>must start with http:// or https:// (or be empty for the embedded back office)</source>
        <translation>必须以 http:// 或 https:// 开头（留空则使用内置后台）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="166"/>
        <source>must not contain spaces</source>
        <translation>不能包含空格</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="174"/>
        <source>must be a two-letter country code such as CN</source>
        <translation>必须是两个字母的国家代码，例如 CN</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="257"/>
        <source>may hold only digits, letters, * # + - _ . ! ~ and {extension} or {username}</source>
        <translation>只能包含数字、字母、* # + - _ . ! ~ 以及 {extension} 或 {username}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="317"/>
        <source>must be an http:// or https:// address without spaces</source>
        <translation>必须是以 http:// 或 https:// 开头且不含空格的地址</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/schema.py" line="320"/>
        <source>may use only {call_id}, {call_log_id}, {number}, {date} and {time} in braces</source>
        <translation>花括号中只能使用 {call_id}、{call_log_id}、{number}、{date} 和 {time}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="30"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="32"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="98"/>
        <source>unknown setting {0}: sections are {1}</source>
        <translation>未知设置 {0}：可用的部分有 {1}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="103"/>
        <source>unknown setting {0}: keys of [{1}] are {2}</source>
        <translation>未知设置 {0}：[{1}] 中的设置有 {2}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="128"/>
        <source>{0}: expected a table of sections ({1})</source>
        <translation>{0}：应为按部分分组的设置表（{1}）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="133"/>
        <source>{0}: [{1}] must be a table of settings</source>
        <translation>{0}：[{1}] 必须是设置表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="153"/>
        <source>{0}: not a JSON list: {1}</source>
        <translation>{0}：不是 JSON 列表：{1}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/layers.py" line="186"/>
        <source>{0}: cannot read: {1}</source>
        <translation>{0}：无法读取：{1}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="131"/>
        <source>{0} is set by your administrator and cannot be changed</source>
        <translation>{0} 由管理员设定，不能更改</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="169"/>
        <source>set by your administrator and cannot be changed: {0}</source>
        <translation>以下设置由管理员设定，不能更改：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="197"/>
        <source>{0}: these keys are set by your administrator: {1}</source>
        <translation>{0}：以下设置由管理员设定，不能导入：{1}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/manager.py" line="207"/>
        <source>{0}: the settings file {1} cannot be written: {2}</source>
        <translation>{0}：无法写入设置文件 {1}：{2}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="65"/>
        <source>{0}: no such policy file (named by {1})</source>
        <translation>{0}：没有这个策略文件（由 {1} 指定）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="105"/>
        <source>{0}: &apos;locked&apos; must be a list of setting names</source>
        <translation>{0}：“locked”必须是设置名称的列表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="127"/>
        <location filename="../../agent_desktop/settings/policy.py" line="177"/>
        <source>{0}: &apos;{1}&apos; must be true or false</source>
        <translation>{0}：“{1}”必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="138"/>
        <source>{0}: unknown section [{1}]</source>
        <translation>{0}：未知的部分 [{1}]</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy.py" line="180"/>
        <source>{0}: &apos;bundle_signing_keys&apos; must be a list of base64 Ed25519 public keys</source>
        <translation>{0}：“bundle_signing_keys”必须是 base64 编码的 Ed25519 公钥列表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="28"/>
        <source>{0}: cannot fetch the settings bundle: {1}</source>
        <translation>{0}：无法获取设置包：{1}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="29"/>
        <source>{0}: the settings bundle is larger than {1} bytes</source>
        <translation>{0}：设置包大于 {1} 字节</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="32"/>
        <source>{0}: the policy accepts settings bundles only over HTTPS</source>
        <translation>{0}：策略只接受通过 HTTPS 获取的设置包</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="33"/>
        <source>{0}: the settings bundle is not signed with a key the policy trusts ({1} is missing or does not match)</source>
        <translation>{0}：设置包未使用策略信任的密钥签名（{1} 缺失或不匹配）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="95"/>
        <source>{0}: the settings bundle is not UTF-8 text</source>
        <translation>{0}：设置包不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="107"/>
        <source>{0}: the settings bundle must be a table of sections</source>
        <translation>{0}：设置包必须是按部分分组的设置表</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="110"/>
        <source>{0}: not valid TOML or JSON ({1})</source>
        <translation>{0}：不是有效的 TOML 或 JSON（{1}）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/provision.py" line="142"/>
        <source>{0}: cannot read the settings bundle: {1}</source>
        <translation>{0}：无法读取设置包：{1}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="55"/>
        <source>line {0}, column {1}: the file is not valid TOML</source>
        <translation>第 {0} 行第 {1} 列：文件不是有效的 TOML</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="56"/>
        <source>at the end of the file: the file is not valid TOML</source>
        <translation>文件末尾处：文件不是有效的 TOML</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="57"/>
        <source>the file is not valid TOML</source>
        <translation>文件不是有效的 TOML</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="58"/>
        <source>line {0}, column {1}: the file is not valid JSON</source>
        <translation>第 {0} 行第 {1} 列：文件不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="59"/>
        <source>the file is not valid JSON</source>
        <translation>文件不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="60"/>
        <source>error at character {0}</source>
        <translation>第 {0} 个字符处有错误</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="61"/>
        <source>line {0}: the file is not UTF-8 text</source>
        <translation>第 {0} 行：文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="99"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="100"/>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="101"/>
        <source>permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="102"/>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="127"/>
        <source>the server answered {0} ({1})</source>
        <translation>服务器返回 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="128"/>
        <source>the proxy server answered {0} ({1})</source>
        <translation>代理服务器返回 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="130"/>
        <source>bad request</source>
        <translation>请求无效</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="131"/>
        <source>sign-in required</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="132"/>
        <source>access denied</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="133"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="134"/>
        <source>proxy sign-in required</source>
        <translation>代理服务器需要登录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="135"/>
        <source>request timed out</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="136"/>
        <source>no longer available</source>
        <translation>已不再提供</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="137"/>
        <source>too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="138"/>
        <source>internal server error</source>
        <translation>服务器内部错误</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="139"/>
        <source>bad gateway</source>
        <translation>网关错误</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="140"/>
        <source>service unavailable</source>
        <translation>服务不可用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="141"/>
        <source>gateway timed out</source>
        <translation>网关超时</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="144"/>
        <source>redirection not followed</source>
        <translation>未跟随重定向</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="145"/>
        <source>request refused</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="146"/>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="148"/>
        <source>unexpected answer</source>
        <translation>意外的应答</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="149"/>
        <source>the server cannot be reached</source>
        <translation>无法连接到服务器</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="150"/>
        <source>the server name {0} cannot be found</source>
        <translation>找不到服务器 {0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="151"/>
        <source>the download took too long</source>
        <translation>下载超时</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="152"/>
        <source>the server closed the connection without answering</source>
        <translation>服务器未作应答就关闭了连接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="153"/>
        <source>the download was cut off</source>
        <translation>下载中断</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="154"/>
        <source>the server&apos;s answer could not be understood</source>
        <translation>无法识别服务器的应答</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="155"/>
        <source>the server&apos;s certificate is not trusted</source>
        <translation>服务器的证书不受信任</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="156"/>
        <source>the secure connection to the server failed</source>
        <translation>与服务器的安全连接失败</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/errors_text.py" line="157"/>
        <source>the address is not valid</source>
        <translation>地址无效</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/policy_registry.py" line="84"/>
        <source>{0}: {1} has a registry type this setting cannot take</source>
        <translation>{0}：{1} 的注册表类型不适用于此设置</translation>
    </message>
    <message>
        <location filename="../../crm/presence_reasons.py" line="62"/>
        <source>lists a reason twice: each id may appear once</source>
        <translation>同一原因列出了两次：每个 id 只能出现一次</translation>
    </message>
    <message>
        <location filename="../../crm/presence_reasons.py" line="63"/>
        <source>phone_unavailable, away, headset and after_wrap_up are set by the desktop itself, not picked</source>
        <translation>phone_unavailable、away、headset 和 after_wrap_up 由工作台自动设置，不能选择</translation>
    </message>
    <message>
        <location filename="../../crm/presence_reasons.py" line="66"/>
        <source>a reason of your own needs a name (only built-in ids have one)</source>
        <translation>自定义原因需要名称（只有内置 id 自带名称）</translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="52"/>
        <source>lists a text twice: each id may appear once</source>
        <translation>同一条话术列出了两次：每个 id 只能出现一次</translation>
    </message>
    <message>
        <location filename="../../crm/coaching_texts.py" line="53"/>
        <source>a text of your own needs a title and a body (only built-in ids have them)</source>
        <translation>自定义话术需要标题和正文（只有内置 id 自带）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="88"/>
        <source>No system password store is available: passwords are kept only until you quit.</source>
        <translation>没有可用的系统密码库：密码只保留到退出程序。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="99"/>
        <source>The password store is not available: {0}</source>
        <translation>密码存储不可用：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="125"/>
        <source>Looking for audio devices…</source>
        <translation>正在查找音频设备…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="127"/>
        <source>No audio devices found. Calls will use the system default once a device is connected.</source>
        <translation>未找到音频设备。连接设备后，通话将使用系统默认设备。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="129"/>
        <source>Audio devices could not be listed (is PortAudio installed?). The system default will be used.</source>
        <translation>无法列出音频设备（是否已安装 PortAudio？）。将使用系统默认设备。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="141"/>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="143"/>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="145"/>
        <source>Must be at most {0}.</source>
        <translation>不能大于 {0}。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="147"/>
        <source>Must be at least {0}.</source>
        <translation>不能小于 {0}。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="149"/>
        <source>Must be more than {0}.</source>
        <translation>必须大于 {0}。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="155"/>
        <source>Not a valid value; use one of: {0}.</source>
        <translation>值无效；可用的值：{0}。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="165"/>
        <source>{0} is already used for &quot;{1}&quot;.</source>
        <translation>{0} 已用于“{1}”。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="233"/>
        <source>Not saved: tick the session-only box below.</source>
        <translation>未保存：请勾选下方的“仅在本次会话中记住密码”。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="235"/>
        <source>Not saved: the password store failed ({0}).</source>
        <translation>未保存：密码存储出错（{0}）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="252"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="255"/>
        <source>Remember passwords for this session only</source>
        <translation>仅在本次会话中记住密码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="33"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="36"/>
        <source>Registrar</source>
        <translation>注册服务器</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="37"/>
        <source>Host name or address of your phone system; empty: no registration (direct calls only).</source>
        <translation>电话系统的主机名或地址；留空表示不注册（仅直接呼叫）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="41"/>
        <location filename="../../agent_desktop/settings/pages.py" line="175"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="42"/>
        <location filename="../../agent_desktop/settings/pages.py" line="176"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="45"/>
        <source>Authentication name</source>
        <translation>认证名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="46"/>
        <source>Only when it differs from the user name.</source>
        <translation>仅在与用户名不同时填写。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="48"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="49"/>
        <source>Outbound proxy</source>
        <translation>出站代理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="50"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="53"/>
        <source>Transport</source>
        <translation>传输协议</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="56"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="57"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="58"/>
        <source>TLS (encrypted)</source>
        <translation>TLS（加密）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="63"/>
        <source>Local port</source>
        <translation>本地端口</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="65"/>
        <source>Empty: automatic (5070 without a registrar, any free port with one). 0: any free port.</source>
        <translation>留空：自动（未设置注册服务器时为 5070，设置后为任一空闲端口）。0：任一空闲端口。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="72"/>
        <source>Bind address</source>
        <translation>绑定地址</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="73"/>
        <source>Empty: automatic (this PC only without a registrar or proxy, otherwise all its addresses).</source>
        <translation>留空：自动（未设置注册服务器或代理时仅限本机，否则为本机所有地址）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="78"/>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation>验证服务器的 TLS 证书</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="79"/>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="82"/>
        <source>Media encryption (SRTP)</source>
        <translation>媒体加密（SRTP）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="85"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="86"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="87"/>
        <source>Mandatory</source>
        <translation>强制</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="92"/>
        <source>STUN servers</source>
        <translation>STUN 服务器</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="94"/>
        <source>Separate several with commas.</source>
        <translation>多个服务器用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="96"/>
        <source>Use ICE</source>
        <translation>使用 ICE</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="97"/>
        <source>TURN server</source>
        <translation>TURN 服务器</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="98"/>
        <source>TURN user name</source>
        <translation>TURN 用户名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="99"/>
        <source>Registration retry (seconds)</source>
        <translation>注册重试间隔（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="102"/>
        <source>Longest registration retry (seconds)</source>
        <translation>最长注册重试间隔（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="104"/>
        <source>While the registrar does not answer; the phone registers again at most this long after it is back.</source>
        <translation>注册服务器无响应期间使用；服务器恢复后，电话最多在此时间内重新注册。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="111"/>
        <source>Renew registration every (seconds)</source>
        <translation>注册续期间隔（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="113"/>
        <source>Heals a registrar restart within this time; 0: only shortly before the registration expires.</source>
        <translation>注册服务器重启后，在此时间内恢复注册；0：仅在注册即将过期前续期。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="118"/>
        <source>Registration lifetime (seconds)</source>
        <translation>注册有效期（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="119"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="120"/>
        <source>Phone lines</source>
        <translation>电话线路数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="121"/>
        <source>Answer calls automatically when Ready</source>
        <translation>就绪时自动接听来电</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="122"/>
        <source>SIP response to blocked callers</source>
        <translation>对黑名单来电的 SIP 响应码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="125"/>
        <source>Stop ringing after (seconds)</source>
        <translation>振铃超时（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="127"/>
        <source>An unanswered call then ends and its caller is listed for a call back; 0: ring until the caller hangs up.</source>
        <translation>来电超时未接即结束，来电方会列入回拨列表；0：一直振铃，直到来电方挂断。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="134"/>
        <source>Detect answering machines and fax on dialler calls</source>
        <translation>外呼时识别答录机和传真</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="136"/>
        <source>A dialler&apos;s call listens to the first seconds after the answer: fax tones, or a long greeting of an answering machine, are told apart from a person&apos;s short hello.</source>
        <translation>外呼接通后先听最初几秒：据此区分传真音、答录机的长问候语和真人简短的“喂？”。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="144"/>
        <source>Wrap-up after unanswered and rejected calls</source>
        <translation>未接听和拒接的来电也需话后处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="146"/>
        <source>Otherwise a call that was never answered is logged at once, without a wrap-up.</source>
        <translation>否则，从未接听的来电会立即记入通话记录，无需话后处理。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="153"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="154"/>
        <source>Speaker / headset</source>
        <translation>扬声器 / 耳机</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="155"/>
        <source>Ringer</source>
        <translation>振铃设备</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="156"/>
        <source>Ringtone volume (0-100)</source>
        <translation>铃声音量（0-100）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="159"/>
        <source>Sound when a to-do or call back falls due</source>
        <translation>待办或回电到期时播放提示音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="161"/>
        <source>Played on the ringer; the tray message and the tab&apos;s badge come either way.</source>
        <translation>在振铃设备上播放；托盘通知和标签页上的标记不受此项影响。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="170"/>
        <source>CRM address</source>
        <translation>CRM 地址</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="171"/>
        <source>For example https://crm.example.com; empty: the built-in local back office.</source>
        <translation>例如 https://crm.example.com；留空则使用内置的本地后台。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="179"/>
        <source>Default phone region</source>
        <translation>默认号码地区</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="180"/>
        <source>Two-letter country code used for numbers without a country prefix.</source>
        <translation>用于没有国家代码前缀的号码的两字母国家代码。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="182"/>
        <source>Request timeout (seconds)</source>
        <translation>请求超时（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="183"/>
        <source>Sync interval (seconds)</source>
        <translation>同步间隔（秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="189"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="192"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="193"/>
        <source>Chinese (Simplified) - 简体中文</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="194"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="196"/>
        <source>The window switches language as soon as you press OK.</source>
        <translation>按“确定”后窗口立即切换语言。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="200"/>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="203"/>
        <source>As the system (light or dark)</source>
        <translation>跟随系统（浅色或深色）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="204"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="205"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="211"/>
        <source>Answer</source>
        <translation>接听</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="212"/>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="213"/>
        <source>Hold / resume</source>
        <translation>保持 / 恢复</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="214"/>
        <source>Mute / unmute</source>
        <translation>静音 / 取消静音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="215"/>
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="216"/>
        <source>Record the call</source>
        <translation>通话录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="222"/>
        <source>Not-ready reasons</source>
        <translation>未就绪原因</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="224"/>
        <source>What agents may pick for being Not ready, with an optional limit in minutes.</source>
        <translation>坐席可选择的未就绪原因，可设置分钟时限。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="228"/>
        <source>Not ready while the screen is locked</source>
        <translation>锁屏时设为未就绪</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="231"/>
        <source>Not ready while the headset is unplugged</source>
        <translation>耳机拔出时设为未就绪</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="239"/>
        <source>Record calls</source>
        <translation>录制通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="242"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="243"/>
        <source>Every answered call</source>
        <translation>所有已接通的通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="244"/>
        <source>Answered incoming calls</source>
        <translation>已接通的呼入通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="245"/>
        <source>When the agent presses Record (F10)</source>
        <translation>坐席按下“录音”（F10）时</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="247"/>
        <source>Nothing is recorded while a call is on hold.</source>
        <translation>通话保持期间不录音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="251"/>
        <source>The caller is told the call is recorded</source>
        <translation>告知来电者通话正在录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="253"/>
        <source>The status bar shows a recorded call and the agent is reminded to tell the caller, or the announcement below is played to them.</source>
        <translation>状态栏显示正在录音的通话，并提醒坐席告知来电者，或向来电者播放下面的提示音。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="261"/>
        <source>Announcement (WAV file)</source>
        <translation>录音提示音（WAV 文件）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="262"/>
        <source>Played to the caller when the recording starts; empty: none.</source>
        <translation>录音开始时向来电者播放；留空：不播放。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="266"/>
        <source>Keep recordings at least (days)</source>
        <translation>录音至少保留（天）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="268"/>
        <source>0: as long as the centre keeps them (set by an administrator in the back office). A value can only keep them longer, never shorter.</source>
        <translation>0：按中心的保留期限（由管理员在后台设定）。此值只能延长保留时间，不能缩短。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="276"/>
        <source>PBX recording address</source>
        <translation>交换机录音地址</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="277"/>
        <source>When the phone system records: the address of a call&apos;s recording, e.g. https://pbx/rec/{call_id}.wav ({call_id}, {call_log_id}, {number}, {date}, {time}).</source>
        <translation>由电话系统录音时：通话录音的地址，例如 https://pbx/rec/{call_id}.wav（{call_id}、{call_log_id}、{number}、{date}、{time}）。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="286"/>
        <source>SIP account</source>
        <translation>SIP 账户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="287"/>
        <source>Audio devices</source>
        <translation>音频设备</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="288"/>
        <source>CRM connection</source>
        <translation>CRM 连接</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="289"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="290"/>
        <source>Hotkeys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="291"/>
        <source>Agent state</source>
        <translation>坐席状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/pages.py" line="292"/>
        <source>Recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="156"/>
        <source>Not a valid value.</source>
        <translation>值无效。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="220"/>
        <source>Not saved: the settings were refused.</source>
        <translation>未保存：设置被拒绝。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/dialog.py" line="224"/>
        <source>Not saved: the settings file {0} could not be written.</source>
        <translation>未保存：无法写入设置文件 {0}。</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="220"/>
        <source>{0} (not connected)</source>
        <translation>{0}（未连接）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="243"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="246"/>
        <source>Unchanged; type to set a new password</source>
        <translation>未更改；输入以设置新密码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="248"/>
        <source>Set by your administrator</source>
        <translation>由管理员设置</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/settings/form.py" line="249"/>
        <source>This setting is set by your administrator and cannot be changed here.</source>
        <translation>此设置由管理员设定，不能在此更改。</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="132"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="133"/>
        <source>E&amp;xport diagnostics…</source>
        <translation>导出诊断信息(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="277"/>
        <source>Export diagnostics for IT support</source>
        <translation>导出诊断信息给 IT 支持</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="279"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip 文件 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="292"/>
        <source>Exporting diagnostics…</source>
        <translation>正在导出诊断信息…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="295"/>
        <source>Diagnostics saved to {0}</source>
        <translation>诊断信息已保存到 {0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/app.py" line="299"/>
        <source>Diagnostics not saved: {0}</source>
        <translation>诊断信息未保存：{0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../agent_desktop/shell/shortcuts_dialog.py" line="86"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/shortcuts_dialog.py" line="87"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/shortcuts_dialog.py" line="87"/>
        <source>What it does</source>
        <translation>功能</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../agent_desktop/features/todo/snooze_dialog.py" line="35"/>
        <source>Snooze to-do</source>
        <translation>推迟待办</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/snooze_dialog.py" line="36"/>
        <source>Remind me again at:</source>
        <translation>再次提醒时间：</translation>
    </message>
</context>
<context>
    <name>Softphone</name>
    <message>
        <location filename="../../softphone/engine/commands.py" line="19"/>
        <source>All lines are in use: hang up a call before dialling another.</source>
        <translation>所有线路都在使用中：请先挂断一个通话，再拨打新的电话。</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/commands.py" line="22"/>
        <source>No PBX (registrar or proxy) is set up to reach a number: enter a full SIP address (sip:user@host) or set the registrar in Settings.</source>
        <translation>未设置 PBX（注册服务器或代理），无法拨打号码：请输入完整的 SIP 地址（sip:用户@主机），或在设置中设置注册服务器。</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/commands.py" line="28"/>
        <source>That is not a number or SIP address the phone can call.</source>
        <translation>这不是电话可以拨打的号码或 SIP 地址。</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/commands.py" line="30"/>
        <source>The phone could not find the server of that address: check the address, the PBX and the network.</source>
        <translation>电话找不到该地址的服务器：请检查地址、PBX 和网络。</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/commands.py" line="34"/>
        <source>That call no longer exists: it has already ended.</source>
        <translation>该通话已不存在：它已经结束。</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/events.py" line="192"/>
        <source>The phone could not start: this computer&apos;s SIP stack has no TLS. Ask IT to set sip.transport to tcp or udp</source>
        <translation>电话无法启动：本机的 SIP 协议栈不支持 TLS。请让 IT 将 sip.transport 设为 tcp 或 udp</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/events.py" line="201"/>
        <source>The phone could not do that</source>
        <translation>电话无法执行此操作</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/engine.py" line="197"/>
        <source>The phone could not start</source>
        <translation>电话无法启动</translation>
    </message>
    <message>
        <location filename="../../softphone/engine/events.py" line="186"/>
        <source>The phone could not start: its SIP port is in use or the address is not available</source>
        <translation>电话无法启动：SIP 端口已被占用或地址不可用</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/texts.py" line="24"/>
        <source>The phone could not do that: {0}</source>
        <translation>电话无法执行此操作：{0}</translation>
    </message>
</context>
<context>
    <name>SoftphoneDock</name>
    <message>
        <location filename="../../softphone/qt/softphone_dock.py" line="109"/>
        <source>Mic</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/softphone_dock.py" line="110"/>
        <source>Speaker</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <location filename="../../softphone/qt/softphone_dock.py" line="111"/>
        <source>Recent calls</source>
        <translation>最近通话</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../main.py" line="20"/>
        <source>the system policy file is invalid, ask your IT support</source>
        <translation>系统策略文件无效，请联系 IT 支持</translation>
    </message>
    <message>
        <location filename="../../main.py" line="21"/>
        <source>settings bundle not imported (nothing was changed)</source>
        <translation>设置包未导入（未做任何更改）</translation>
    </message>
    <message>
        <location filename="../../main.py" line="22"/>
        <source>--as signs in a demo account of the embedded back office, but crm.url names a CRM: sign in there with crm.username and its password instead</source>
        <translation>--as 只用于登录内置后台的演示账号，但 crm.url 已指定 CRM：请改用 crm.username 及其密码登录该 CRM</translation>
    </message>
    <message>
        <location filename="../../main.py" line="68"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>TeamEdit</name>
    <message>
        <location filename="../../agent_desktop/shell/team_edit.py" line="104"/>
        <source>The teams there are (or the Down key)</source>
        <translation>现有班组（也可按下方向键）</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="37"/>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="38"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="39"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="40"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="41"/>
        <source>To-do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../screenpop/widgets/timeline_model.py" line="42"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>TodoBanner</name>
    <message>
        <location filename="../../agent_desktop/features/todo/banner.py" line="50"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/banner.py" line="51"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/banner.py" line="67"/>
        <source>Due: {0}</source>
        <translation>到期：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/banner.py" line="69"/>
        <source>(+{0} more)</source>
        <translation>（还有 {0} 项）</translation>
    </message>
</context>
<context>
    <name>TodoDock</name>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="195"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="196"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="197"/>
        <source>My team</source>
        <translation>我的班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="198"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="199"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="202"/>
        <source>By due time</source>
        <translation>按到期时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="203"/>
        <source>By priority</source>
        <translation>按优先级</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="204"/>
        <source>By title</source>
        <translation>按标题</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="205"/>
        <source>By creation</source>
        <translation>按创建时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="215"/>
        <source>Show done</source>
        <translation>显示已完成</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="216"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="217"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="218"/>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="219"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="220"/>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="222"/>
        <source>10 minutes</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="223"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="224"/>
        <source>Tomorrow 9:00</source>
        <translation>明天 9:00</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/dock.py" line="225"/>
        <source>Choose a time…</source>
        <translation>选择时间…</translation>
    </message>
</context>
<context>
    <name>TodoFeature</name>
    <message>
        <location filename="../../agent_desktop/features/todo/feature.py" line="88"/>
        <source>New to-do…</source>
        <translation>新建待办…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/feature.py" line="237"/>
        <source>The to-do could not be saved: {0}</source>
        <translation>待办未能保存：{0}</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/feature.py" line="301"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
</context>
<context>
    <name>TodoForm</name>
    <message>
        <location filename="../../forms/todo_form.py" line="108"/>
        <source>Edit to-do</source>
        <translation>编辑待办</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="108"/>
        <source>New to-do</source>
        <translation>新建待办</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="109"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="111"/>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="112"/>
        <source>This to-do is not about this customer</source>
        <translation>此待办与该客户无关</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="114"/>
        <source>linked</source>
        <translation>已关联</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="115"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="117"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="118"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="119"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="120"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="124"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="126"/>
        <source>My team ({0})</source>
        <translation>我的班组（{0}）</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="128"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="129"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="130"/>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="131"/>
        <source>Due time</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="132"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="133"/>
        <source>Assign to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="134"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../forms/todo_form.py" line="211"/>
        <source>Enter a title.</source>
        <translation>请输入标题。</translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="23"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="24"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="25"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="26"/>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="27"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="30"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="31"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="32"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="33"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/todo/model.py" line="35"/>
        <source>Team {0}</source>
        <translation>班组 {0}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../agent_desktop/shell/tray.py" line="54"/>
        <source>Agent Desktop</source>
        <translation>坐席工作台</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/tray.py" line="55"/>
        <source>Hide window</source>
        <translation>隐藏窗口</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/tray.py" line="55"/>
        <source>Show window</source>
        <translation>显示窗口</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/tray.py" line="56"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>UnconfirmedBox</name>
    <message>
        <location filename="../../agent_desktop/features/logistics/unconfirmed_box.py" line="35"/>
        <source>Unconfirmed changes</source>
        <translation>未确认的修改</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/unconfirmed_box.py" line="36"/>
        <source>%1 orders have a courier or tracking number that is not confirmed yet.</source>
        <translation>%1 个订单的快递公司或运单号尚未确认。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/unconfirmed_box.py" line="40"/>
        <source>Confirm them now, discard them, or cancel and go on editing?</source>
        <translation>现在确认、放弃，还是取消并继续编辑？</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/unconfirmed_box.py" line="38"/>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/logistics/unconfirmed_box.py" line="39"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../../agent_desktop/shell/upgrade_notice.py" line="74"/>
        <source>Version {0} is installed: restart Agent Desktop when convenient</source>
        <translation>已安装版本 {0}：请在方便时重新启动坐席工作台</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/shell/upgrade_notice.py" line="78"/>
        <source>New version {0}</source>
        <translation>新版本 {0}</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="120"/>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="121"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="122"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="123"/>
        <source>&amp;Team:</source>
        <translation>班组(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="124"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="130"/>
        <source>e.g. Sales 1 (empty: no team)</source>
        <translation>例如 销售一组（留空：无班组）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="131"/>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="132"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="133"/>
        <source>Fill in a random password (shown, to pass on to the user)</source>
        <translation>填入随机密码（明文显示，以便转交给用户）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="134"/>
        <source>&amp;Save user</source>
        <translation>保存用户(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="134"/>
        <source>&amp;Create user</source>
        <translation>创建用户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="150"/>
        <source>New user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/user_form.py" line="170"/>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="25"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="26"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="27"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="28"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="29"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="30"/>
        <source>Locked out until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="39"/>
        <source>%1 (after failed sign-ins)</source>
        <translation>%1（登录失败后暂停）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="93"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_model.py" line="93"/>
        <source>No (deactivated)</source>
        <translation>否（已停用）</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="114"/>
        <source>&amp;New user</source>
        <translation>新建用户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="115"/>
        <source>Re&amp;load</source>
        <translation>刷新(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="116"/>
        <source>Reset pass&amp;word…</source>
        <translation>重置密码(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="117"/>
        <source>&amp;Clear lock-out</source>
        <translation>解除锁定(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="118"/>
        <source>Let the user sign in again at once after failed sign-ins</source>
        <translation>让登录失败被锁定的用户立即可以再次登录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="138"/>
        <source>Reading the users…</source>
        <translation>正在读取用户…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="151"/>
        <source>Users: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="155"/>
        <source>The users could not be read.</source>
        <translation>无法读取用户。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="202"/>
        <source>Rea&amp;ctivate</source>
        <translation>重新启用(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="202"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="236"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="243"/>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="251"/>
        <source>Not saved; nothing you typed is lost.</source>
        <translation>未保存；您输入的内容都还在。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="275"/>
        <source>%1 may sign in again.</source>
        <translation>%1 可以再次登录。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="280"/>
        <source>Deactivate user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="281"/>
        <source>Deactivate %1? They are signed out at once and cannot sign in until reactivated.</source>
        <translation>停用 %1？该用户会立即被登出，重新启用之前无法登录。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="284"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="286"/>
        <source>%1 is deactivated.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="297"/>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="301"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="298"/>
        <source>Give %1 a new password? Their sessions end; you pass the new password on to them.</source>
        <translation>为 %1 设置新密码？该用户的会话将结束；由您把新密码转交给他们。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="312"/>
        <source>The password of %1 was reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="334"/>
        <source>Not changed.</source>
        <translation>未更改。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="347"/>
        <source>%1 may sign in again at once.</source>
        <translation>%1 现在可以立即登录。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="351"/>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="366"/>
        <source>The lock-out was not cleared.</source>
        <translation>未能解除锁定。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/accounts/users_view.py" line="362"/>
        <source>Sign-ins from %1 are let in again.</source>
        <translation>来自 %1 的登录现在可以立即进行。</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="16"/>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="17"/>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="50"/>
        <source>In wrap-up longer than %1</source>
        <translation>话后处理超过 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="51"/>
        <source>Not ready (%2) longer than %1</source>
        <translation>未就绪（%2）超过 %1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/core/labels.py" line="52"/>
        <source>Desktop not heard from: disconnected</source>
        <translation>客户端无响应：已断线</translation>
    </message>
</context>
<context>
    <name>WallboardFeature</name>
    <message>
        <location filename="../../agent_desktop/features/wallboard/feature.py" line="44"/>
        <source>&amp;Wallboard...</source>
        <translation>实时看板(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/feature.py" line="87"/>
        <source>Wallboard</source>
        <translation>实时看板</translation>
    </message>
</context>
<context>
    <name>WallboardModel</name>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="26"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="27"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="28"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="29"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="30"/>
        <source>Time in state</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="31"/>
        <source>Calls today</source>
        <translation>今日通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="32"/>
        <source>AHT</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="33"/>
        <source>Wrap-up today</source>
        <translation>今日话后处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="34"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="37"/>
        <source>Calls connected today, incoming and outgoing (the centre&apos;s day)</source>
        <translation>今天接通的通话，含呼入和呼出（按呼叫中心所在时区的日期）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="38"/>
        <source>Average handling time today: (talk + hold + wrap-up) ÷ calls</source>
        <translation>今日平均处理时长：（通话 + 保持 + 话后处理）÷ 通话数</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="39"/>
        <source>Time spent in wrap-up after today&apos;s calls, in all</source>
        <translation>今日通话后话后处理的总时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/table_model.py" line="41"/>
        <source>(no team)</source>
        <translation>（无班组）</translation>
    </message>
</context>
<context>
    <name>WallboardTeams</name>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="21"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="22"/>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="23"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="24"/>
        <source>On calls</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="25"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="26"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="27"/>
        <source>Stuck</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="28"/>
        <source>Calls today</source>
        <translation>今日通话</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="29"/>
        <source>AHT</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="30"/>
        <source>Wrap-up today</source>
        <translation>今日话后处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="33"/>
        <source>Ringing, on a call or holding one</source>
        <translation>振铃中、通话中或保持中</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="34"/>
        <source>In wrap-up or Not ready longer than allowed, or disconnected</source>
        <translation>话后处理或未就绪超过允许时长，或已断开</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/team_model.py" line="39"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
</context>
<context>
    <name>WallboardView</name>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="324"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="283"/>
        <source>Agents: %1</source>
        <translation>坐席：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="292"/>
        <source>%1: %2 agents, the longest for %3 (mm:ss)</source>
        <translation>%1：%2 名坐席，最长 %3（分:秒）</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="297"/>
        <source>Stuck: %1</source>
        <translation>超时：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="329"/>
        <source>In wrap-up or Not ready longer than allowed, or disconnected: shown first, in red.</source>
        <translation>话后处理或未就绪超过允许时长，或已断线：排在最前，以红色显示。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="306"/>
        <source>The board could not be read.</source>
        <translation>无法读取看板。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="309"/>
        <source>The wallboard is not available: %1</source>
        <translation>实时看板不可用：%1</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="312"/>
        <source>%1 Trying again in %2 s; until then the board may be out of date.</source>
        <translation>%1 %2 秒后重试；在此之前看板可能不是最新的。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="320"/>
        <source>&amp;Team:</source>
        <translation>班组(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="325"/>
        <source>The board shows your own team only</source>
        <translation>看板只显示您自己的班组</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/wallboard/view.py" line="326"/>
        <source>Show the agents of one team</source>
        <translation>只显示一个班组的坐席</translation>
    </message>
</context>
<context>
    <name>WindowsTable</name>
    <message>
        <location filename="../../agent_desktop/features/campaigns/windows_table.py" line="94"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/campaigns/windows_table.py" line="94"/>
        <source>To</source>
        <translation>到</translation>
    </message>
</context>
<context>
    <name>WrapUp</name>
    <message>
        <location filename="../../forms/wrapup_result.py" line="72"/>
        <source>Choose how the call ended.</source>
        <translation>请选择通话结果。</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="74"/>
        <source>Notes are limited to 4000 characters.</source>
        <translation>备注不能超过 4000 个字符。</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="78"/>
        <source>Give the follow-up a title.</source>
        <translation>请为跟进事项填写标题。</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="80"/>
        <source>The title is limited to 200 characters.</source>
        <translation>标题不能超过 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_result.py" line="83"/>
        <source>The follow-up must be due in the future.</source>
        <translation>跟进事项的到期时间必须在将来。</translation>
    </message>
</context>
<context>
    <name>WrapUpDrafts</name>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/screenpop/wrap_draft.py" line="106"/>
        <source>%n wrap-up(s) cut off last time were saved with the notes typed, as not wrapped up.</source>
        <translation>
            <numerusform>上次有 %n 个被中断的话后处理已连同输入的备注保存，标记为未完成话后处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_desktop/features/screenpop/wrap_draft.py" line="113"/>
        <source>%n wrap-up(s) cut off last time are back as they were typed; their call logs are saved.</source>
        <translation>
            <numerusform>上次有 %n 个被中断的话后处理已按输入的内容恢复；其通话记录已保存。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrapUpForm</name>
    <message>
        <location filename="../../forms/wrapup_form.py" line="165"/>
        <location filename="../../forms/wrapup_form.py" line="216"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="164"/>
        <source>Choose...</source>
        <translation>请选择...</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="173"/>
        <source>Create a &amp;follow-up to-do</source>
        <translation>创建跟进待办(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="167"/>
        <source>&amp;Disposition</source>
        <translation>通话结果(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="168"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="169"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="170"/>
        <source>D&amp;ue</source>
        <translation>期限(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="174"/>
        <source>&amp;Submit wrap-up (Ctrl+Enter)</source>
        <translation>提交话后处理(&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="165"/>
        <location filename="../../forms/wrapup_form.py" line="216"/>
        <source>Wrap-up: outgoing call</source>
        <translation>话后处理：外呼</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="175"/>
        <source>Disca&amp;rd wrap-up</source>
        <translation>放弃话后处理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="178"/>
        <source>Restored: the app closed before this wrap-up was submitted. The call&apos;s log is saved; submitting completes it.</source>
        <translation>已恢复：程序在提交这条话后处理之前关闭了。该通话的通话记录已保存，提交后将补全。</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="183"/>
        <source>Submit the wrap-up (in the wrap-up form)</source>
        <translation>提交话后处理（在话后处理表单中）</translation>
    </message>
    <message>
        <location filename="../../forms/wrapup_form.py" line="261"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
</context>
<context>
    <name>WrapUpQuitGuard</name>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="54"/>
        <source>A call is still under way.</source>
        <translation>通话仍在进行中。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="56"/>
        <source>The wrap-up of the last call is not finished.</source>
        <translation>上一通电话的话后处理尚未完成。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="62"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="63"/>
        <source>Sign out anyway</source>
        <translation>仍然退出登录</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="65"/>
        <source>Sign out anyway saves the call&apos;s log with what is known so far (times, notes typed), marked as not wrapped up; it reaches the CRM now or at the next sign-in.</source>
        <translation>“仍然退出登录”会用目前已知的内容（时间、已输入的备注）保存该通话记录，并标记为未完成话后处理；它会立即或在下次登录时同步到 CRM。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="71"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="74"/>
        <source>Quit anyway saves the call&apos;s log with what is known so far (times, notes typed), marked as not wrapped up; it reaches the CRM now or at the next start.</source>
        <translation>“仍然退出”会用目前已知的内容（时间、已输入的备注）保存该通话记录，并标记为未完成话后处理；它会立即或在下次启动时同步到 CRM。</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="85"/>
        <source>Finish the wrap-up</source>
        <translation>完成话后处理</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="72"/>
        <source>Quit anyway</source>
        <translation>仍然退出</translation>
    </message>
    <message>
        <location filename="../../agent_desktop/features/screenpop/quit_wrap.py" line="90"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
