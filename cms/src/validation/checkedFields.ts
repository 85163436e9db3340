import { type Block, type Field, type FieldHook, ValidationError } from 'payload'
import { builtIn, type CheckedFieldType, isCheckedFieldType } from './builtIn'

/**
 * The fields with our strict built-in check (`builtIn`) on every field that has no check of its own
 * (those compose it themselves), down through groups, rows, arrays, tabs and blocks. Applied to each
 * collection's and global's fields, so a value of the wrong type is refused whichever field it is in.
 */
export function checkedFields(fields: Field[]): Field[] {
  return fields.map(checkedField)
}

function checkedField(field: Field): Field {
  const withChildren = withCheckedChildren(field)
  if (!('name' in withChildren) || ('virtual' in withChildren && withChildren.virtual)) return withChildren
  if (!isCheckedFieldType(withChildren.type)) return withChildren
  const ownHooks = ('hooks' in withChildren ? withChildren.hooks : undefined) as
    | { beforeValidate?: FieldHook[] }
    | undefined
  const hooks = {
    ...ownHooks,
    beforeValidate: [...(ownHooks?.beforeValidate ?? []), refusesWrongType(withChildren.type)],
  }
  const validate = ('validate' in withChildren && withChildren.validate) || builtIn[withChildren.type]
  return { ...withChildren, hooks, validate } as Field
}

function withCheckedChildren(field: Field): Field {
  if (field.type === 'blocks') return { ...field, blocks: field.blocks.map(checkedBlock) }
  if (field.type === 'tabs')
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: checkedFields(tab.fields) })) }
  if ('fields' in field && Array.isArray(field.fields))
    return { ...field, fields: checkedFields(field.fields) } as Field
  return field
}

function checkedBlock(block: Block): Block {
  return { ...block, fields: checkedFields(block.fields) }
}

/**
 * The type check where field validation does not reach. Payload validates no draft saved with
 * `draft: true` (the admin's autosave), so "last spring" in a draft's date failed half-way into the
 * save with a 500; drafts get the type check here, without `required`, since a draft may be unfinished.
 * And Payload replaces a group sent as a string with an empty group before any validation, so groups
 * are checked here on every save.
 */
function refusesWrongType(type: CheckedFieldType): FieldHook {
  return async ({ value, data, siblingData, req, field, path, collection, global, operation, originalDoc }) => {
    if (type !== 'group' && (data as { _status?: unknown } | undefined)?._status !== 'draft') return undefined
    // A draft is checked for values of the wrong type, not for what a finished document must be:
    // neither presence (`required: false`) nor a repeated choice, which Payload refuses on publish.
    const checked = type === 'select' && Array.isArray(value) ? [...new Set(value)] : value
    // Without the field's filter: which documents a relationship may point at is the publish's check.
    const { filterOptions: _filter, ...unfiltered } = field as typeof field & { filterOptions?: unknown }
    const result = await builtIn[type](checked, {
      ...unfiltered,
      required: false,
      id: (originalDoc as { id?: string | number } | undefined)?.id,
      collectionSlug: collection?.slug,
      data: data ?? {},
      siblingData: siblingData ?? {},
      event: 'submit',
      operation,
      path: path.map(String),
      preferences: { fields: {} },
      req,
    } as unknown as Parameters<(typeof builtIn)[typeof type]>[1])
    if (result === true) return undefined
    throw new ValidationError(
      { collection: collection?.slug, global: global?.slug, errors: [{ path: path.join('.'), message: result }], req },
      req.t,
    )
  }
}
