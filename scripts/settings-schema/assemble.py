# One-off: builds schemas/claude-code-settings.schema.json from props.json (gen.py) plus the hand-written
# shapes of the keys that affect loading (permissions, enabledPlugins, marketplaces, hooks, MCP lists, env).
import json, re
import os
HERE = os.path.dirname(os.path.abspath(__file__))
PROPS = os.path.join(HERE, 'props.json')  # intermediate, not committed
OUT = os.path.join(HERE, '..', '..', 'schemas', 'claude-code-settings.schema.json')
d=json.load(open(PROPS))
props=d['props']
URL='https://code.claude.com/docs/en/settings-reference'
SET=[{'url':URL,'date':'2026-08-22'}]
MKR=[{'url':'https://code.claude.com/docs/en/plugins/marketplace-reference','date':'2026-10-10'}]
def P(title, desc, anchor, extra, sources=SET, url=URL):
    p={'title':title,'markdownDescription':desc+f'\n\n[docs]({url}#{anchor})','x-sources':sources}
    p.update(extra); return p
# sentence-case titles
for k,p in props.items():
    w=p['title'].split(' ')
    p['title']=' '.join([w[0]]+[x if x.isupper() and len(x)>1 else x.lower() for x in w[1:]])
    # list enum values in the description's Type line
    if 'enum' in p and len(p['enum'])>1:
        p['markdownDescription']=p['markdownDescription'].replace('**Type:** string, one of:', '**Type:** string, one of ' + ', '.join('`"%s"`'%v for v in p['enum']))
# theme: custom themes are open-ended
th=props['theme']; vals=th.pop('enum'); th.pop('markdownEnumDescriptions')
th['pattern']='^(auto|dark|light|dark-daltonized|light-daltonized|dark-ansi|light-ansi|custom:.+)$'
th['examples']=[v for v in vals if not v.startswith('custom')]
th['markdownDescription']=th['markdownDescription'].replace('**Type:** string, one of ', '**Type:** string, one of `"custom:<slug>"`, ')
props['strictPluginOnlyCustomization'].update({'anyOf':[{'type':'boolean','enum':[True]},{'type':'array','items':{'type':'string'}}],'examples':[True,['skills','hooks']]})
# global config keys: not read from settings files (scope rule reports them); accept any value here
for k,p in props.items():
    if p['x-scope']=='global-config':
        p.pop('type',None); p.pop('enum',None); p.pop('markdownEnumDescriptions',None)

LOAD_EFFECT='Claude Code rejects this value, so the setting does not take effect'
strs={'type':'array','items':{'type':'string'}}
rule_list=lambda name, what: {'type':'array','items':{'type':'string','minLength':1, 'x-effect':'this permission rule never matches', 'x-severity':'warning','examples':['Bash(npm run *)','Read(./src/**)','Edit(./docs/**)','WebFetch(domain:example.com)','mcp__server__tool','Skill(name)']}, 'x-severity':'error','x-effect':f'Claude Code rejects the {name} list, so none of its rules apply'}
props['permissions'].update({
  'type':'object','x-severity':'error','x-effect':'Claude Code rejects the permissions block, so its rules do not apply',
  'x-unknown-key-effect':'Claude Code does not read this key inside permissions, so it has no effect','x-unknown-key-severity':'warning',
  'additionalProperties':False,
  'properties':{
    'allow':P('Allow rules','Tool uses Claude Code approves without asking. Rule syntax: `Tool` or `Tool(specifier)`, e.g. `Bash(npm run *)`, `Read(./src/**)`, `WebFetch(domain:example.com)`, `mcp__github__get_*`. In a project `.claude/settings.json` these apply only after the workspace trust dialog.','permissions-allow', rule_list('allow','')),
    'ask':P('Ask rules','Tool uses that always prompt, even in `acceptEdits` or `bypassPermissions` mode. Same syntax as `allow`.','permissions-ask', rule_list('ask','')),
    'deny':P('Deny rules','Tool uses Claude Code blocks, in every mode. Evaluated first (deny, then ask, then allow). `"*"` denies every tool, `"mcp__*"` every MCP tool.','permissions-deny', rule_list('deny','')),
    'additionalDirectories':P('Additional directories','Extra working directories Claude may read and edit. Most `.claude/` configuration is not discovered from them.','permissions-additionaldirectories', dict(strs)),
    'defaultMode':P('Default permission mode','The permission mode new sessions start in. `auto` does not take effect from project or local settings.','permissions-defaultmode',{'type':'string','enum':['default','acceptEdits','plan','auto','dontAsk','bypassPermissions','manual'],'markdownEnumDescriptions':['Runs only reads without asking','Also runs file edits and common filesystem commands without asking','Reads and plans; blocks edits until you approve a plan','Runs everything, with background safety checks (not from project/local settings)','Runs only pre-approved tools and auto-denies the rest','Runs everything without asking','Alias for `default` (v2.1.200+)']}),
    'disableBypassPermissionsMode':P('Disable bypass permissions mode','Set to `"disable"` to prevent `bypassPermissions` mode.','permissions-disablebypasspermissionsmode',{'type':'string','enum':['disable'],'markdownEnumDescriptions':['The only accepted value']}),
    'disableAutoMode':P('Disable auto mode','Set to `"disable"` to remove auto mode (also accepted at the top level).','disableautomode',{'type':'string','enum':['disable'],'markdownEnumDescriptions':['The only accepted value']}),
  }})
props['enabledPlugins'].update({'type':'object','x-severity':'error','x-effect':'Claude Code cannot read this plugin switch, so the plugin keeps its default enablement',
  'additionalProperties':{'type':'boolean','title':'Plugin enabled','markdownDescription':'`true` enables the plugin `plugin-name@marketplace-name`, `false` disables it.\n\n[docs](%s#enabledplugins)'%URL,'x-sources':SET},
  'defaultSnippets':[{'label':'Enable a plugin','description':'plugin-name@marketplace-name','body':{'${1:plugin-name}@${2:marketplace-name}':True}}]})
SRC_TYPES=['github','git','url','npm','file','directory','settings','skills-dir','hostPattern','pathPattern']
SRC_DESC=['GitHub repository: `repo` (`owner/repo`), `ref`, `path`, `sparsePaths`.','Any git URL: `url`, `ref`, `path`, `sparsePaths`.','Direct URL to a `marketplace.json`: `url`, `headers`, `headersHelper`. Relative plugin paths cannot work.','npm package: `package`. Not implemented for marketplaces: registering fails.','Local `marketplace.json` file: `path`.','Local directory with `.claude-plugin/marketplace.json`: `path` (development).','Inline marketplace: `name` (must equal the key), `plugins`, `owner`.','Policy lists only: the `~/.claude/skills/` plugin scan.','Policy lists only: a regex on the marketplace host.','Policy lists only: a regex on the path of file/directory sources.']
def field(t, title, desc, anchor, **kw):
    x={'type':t}; x.update(kw); return P(title, desc, anchor, x)
source_obj={'title':'Marketplace source','markdownDescription':'An object whose `source` key names the type, with that type\'s fields.\n\n[docs](%s#marketplace-source-types)'%URL,'x-sources':SET+MKR,
  'type':'object','required':['source'],'x-severity':'error','x-effect':'Claude Code cannot register this marketplace',
  'properties':{
    'source':P('Source type','The marketplace source type.','marketplace-source-types',{'type':'string','enum':SRC_TYPES,'markdownEnumDescriptions':SRC_DESC}),
    'repo':field('string','Repository','`owner/repo` on GitHub (`owner/*` only in policy lists).','allowed-source-types'),
    'url':field('string','URL','Git URL (`git`) or direct `marketplace.json` URL (`url`).','allowed-source-types'),
    'ref':field('string','Ref','Branch or tag.','allowed-source-types'),
    'path':field('string','Path','Subdirectory (`github`/`git`), or the local `marketplace.json` file / directory (`file`/`directory`).','allowed-source-types'),
    'sparsePaths':field('array','Sparse paths','Directories to check out sparsely.','marketplace-source-types',items={'type':'string'}),
    'skipLfs':field('boolean','Skip LFS','Skip Git LFS downloads when cloning (v2.1.153+).','marketplace-source-types'),
    'headers':field('object','Headers','HTTP headers for a `url` source (authenticated access).','allowed-source-types',additionalProperties={'type':'string'}),
    'headersHelper':field('string','Headers helper','Command that prints headers for a `url` source.','marketplace-source-types'),
    'package':field('string','Package','npm package containing `marketplace.json`.','allowed-source-types'),
    'name':field('string','Name','Inline (`settings`) marketplace name; must equal the `extraKnownMarketplaces` key.','marketplace-source-types'),
    'plugins':field('array','Plugins','Inline (`settings`) marketplace plugins; each `source` must be an object (GitHub, npm, …), not a relative path.','marketplace-source-types',items={'type':'object','required':['name','source'],'properties':{'name':{'type':'string'},'source':{'type':'object'}}}),
    'owner':field('object','Owner','Inline (`settings`) marketplace owner.','marketplace-source-types'),
    'hostPattern':field('string','Host pattern','Regex matched against the marketplace host (policy lists only).','allowed-source-types'),
    'pathPattern':field('string','Path pattern','Regex matched against the path of file and directory sources (policy lists only).','allowed-source-types'),
  },
  'allOf':[
    {'if':{'properties':{'source':{'const':'github'}},'required':['source']},'then':{'x-severity':'error','x-effect':'Claude Code cannot use this marketplace source','properties':{'repo':True},'required':['repo']}},
    {'if':{'properties':{'source':{'enum':['git','url']}},'required':['source']},'then':{'x-severity':'error','x-effect':'Claude Code cannot use this marketplace source','properties':{'url':True},'required':['url']}},
    {'if':{'properties':{'source':{'enum':['file','directory']}},'required':['source']},'then':{'x-severity':'error','x-effect':'Claude Code cannot use this marketplace source','properties':{'path':True},'required':['path']}},
    {'if':{'properties':{'source':{'const':'npm'}},'required':['source']},'then':{'x-severity':'error','x-effect':'Claude Code cannot use this marketplace source','properties':{'package':True},'required':['package']}},
    {'if':{'properties':{'source':{'const':'settings'}},'required':['source']},'then':{'x-severity':'error','x-effect':'Claude Code cannot use this marketplace source','properties':{'name':True,'plugins':True},'required':['name','plugins']}},
    {'if':{'properties':{'source':{'const':'hostPattern'}},'required':['source']},'then':{'x-severity':'error','x-effect':'Claude Code cannot use this marketplace source','properties':{'hostPattern':True},'required':['hostPattern']}},
    {'if':{'properties':{'source':{'const':'pathPattern'}},'required':['source']},'then':{'x-severity':'error','x-effect':'Claude Code cannot use this marketplace source','properties':{'pathPattern':True},'required':['pathPattern']}},
  ],
  'defaultSnippets':[{'label':'GitHub marketplace','body':{'source':'github','repo':'${1:owner/repo}'}},{'label':'Git marketplace','body':{'source':'git','url':'${1:https://git.example.com/plugins.git}'}}]}
known_entry={'title':'Known marketplace','markdownDescription':'A marketplace registered by name: a `source` object and an optional `autoUpdate`.\n\n[docs](%s#extraknownmarketplaces)'%URL,'x-sources':SET,
  'type':'object','required':['source'],'x-severity':'error','x-effect':'Claude Code cannot register this marketplace, so plugins enabled from it are not found',
  'additionalProperties':False,'x-unknown-key-effect':'Claude Code ignores this key of the marketplace entry','x-unknown-key-severity':'warning',
  'properties':{'source':{'$ref':'#/definitions/marketplaceSource'},
    'autoUpdate':P('Auto-update','Refresh the marketplace and update its plugins in the background after startup. Default `true` for official Anthropic marketplaces, `false` otherwise.','extraknownmarketplaces',{'type':'boolean'})},
  'defaultSnippets':[{'label':'GitHub marketplace','body':{'source':{'source':'github','repo':'${1:owner/repo}'}}}]}
known_map={'type':'object','x-severity':'error','x-effect':'Claude Code cannot read the marketplaces, so none is registered','additionalProperties':{'$ref':'#/definitions/knownMarketplace'}}
props['extraKnownMarketplaces'].update(known_map)
props['extraKnownMarketplaces']['title']='Extra known marketplaces'
policy={'type':'array','items':{'$ref':'#/definitions/marketplaceSource'},'x-severity':'error','x-effect':'Claude Code rejects this policy list'}
props['strictKnownMarketplaces'].update(policy); props['blockedMarketplaces'].update(policy)
alias_note='\n\nAlias (v2.1.232+) of `%s`; earlier versions ignore it. When both are set, the canonical key wins.'
props['additionalMarketplaces']=dict(props['extraKnownMarketplaces'], title='Additional marketplaces (alias)', markdownDescription=props['extraKnownMarketplaces']['markdownDescription'].replace('\n\n[docs]', alias_note%'extraKnownMarketplaces' + '\n\n[docs]').replace('#extraknownmarketplaces)','#marketplace-key-aliases)'))
props['allowedMarketplaces']=dict(props['strictKnownMarketplaces'], title='Allowed marketplaces (alias)', markdownDescription=props['strictKnownMarketplaces']['markdownDescription'].replace('\n\n[docs]', alias_note%'strictKnownMarketplaces' + '\n\n[docs]').replace('#strictknownmarketplaces)','#marketplace-key-aliases)'))
props['hooks'].pop('type'); props['hooks']['$ref']='hooks.schema.json#/definitions/eventMap'
props['allowedMcpServers'].pop('type'); props['allowedMcpServers']['$ref']='managed-mcp.schema.json#/definitions/allowedList'
props['deniedMcpServers'].pop('type'); props['deniedMcpServers']['$ref']='managed-mcp.schema.json#/definitions/deniedList'
for k in ['enabledMcpjsonServers','disabledMcpjsonServers']: props[k].update({'type':'array','items':{'type':'string'}})
props['env'].update({'type':'object','additionalProperties':{'type':'string','x-effect':'Claude Code rejects a non-string environment value, so the variable is not set','x-severity':'warning'}})
for k in ['enableAllProjectMcpServers','disableClaudeAiConnectors','allowManagedMcpServersOnly','allowAllClaudeAiMcps']:
    props[k]['x-severity']='error'; props[k]['x-effect']=LOAD_EFFECT
props['$schema']={'title':'JSON Schema','markdownDescription':'JSON Schema reference for editors. Claude Code does not read it.\n\n[docs]('+URL+')','x-sources':SET,'type':'string'}
ordered={'$schema':props.pop('$schema')}; ordered.update(dict(sorted(props.items(), key=lambda kv: kv[0].lower())))
schema={
 '$schema':'http://json-schema.org/draft-07/schema#',
 '$id':'https://plugin-lens.dev/schemas/claude-code-settings.schema.json',
 'title':'Claude Code settings (settings.json, settings.local.json, managed-settings.json)',
 'markdownDescription':'User `~/.claude/settings.json`, project `.claude/settings.json`, local `.claude/settings.local.json` and managed `managed-settings.json` (plus `managed-settings.d/*.json`). Every key of the settings reference, with the files (scopes) that may set it in `x-scope`.\n\n[docs]('+URL+')',
 'x-sources':SET,
 'x-effect':'Claude Code rejects this value, so the setting does not take effect (claude doctor shows it in the Settings Error dialog)',
 'x-severity':'warning',
 'x-unknown-key-effect':'Claude Code does not read this key, so it has no effect',
 'x-unknown-key-severity':'warning',
 'x-unknown-key-fix':'rename',
 'type':'object',
 'properties':ordered,
 'additionalProperties':False,
 'definitions':{'marketplaceSource':source_obj,'knownMarketplace':known_entry},
}
json.dump(schema, open(OUT,'w'), indent=2, ensure_ascii=False)
open(OUT,'a').write('\n')
print(len(ordered))
