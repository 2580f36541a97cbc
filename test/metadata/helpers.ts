// Documents and small helpers shared by the metadata and metadata-rule tests.
import { expect } from "vitest";
import { graphql } from "../gql/index.js";
import type { CreateMetadataFieldInput, CreateMetadataRuleInput, MetadataValueInput } from "../gql/graphql.js";
import type { Credentials, TestApp } from "../helpers/app.js";

export const FieldParts = graphql(`
  fragment MetaFieldParts on MetadataField {
    id externalId type label mandatory defaultDisabled defaultValue allowDynamicListValues
    restrictions { readonlyUi }
    validationJson
    validation {
      __typename
      ... on GreaterThanValidation { value equals }
      ... on LessThanValidation { value equals }
      ... on StrlenValidation { min max }
      ... on StrregexValidation { regex }
      ... on AndValidation { rules { __typename ... on GreaterThanValidation { value equals } ... on LessThanValidation { value equals } ... on StrlenValidation { min max } ... on StrregexValidation { regex } } }
    }
    datasource { values { externalId value state position } }
  }
`);

export const CreateField = graphql(`
  mutation MetaCreateField($input: CreateMetadataFieldInput!) {
    createMetadataField(input: $input) {
      metadataField { ...MetaFieldParts }
      userErrors { code field message }
    }
  }
`);

export const MetaAsset = graphql(`
  query MetaAsset($publicId: String!) {
    asset(publicId: $publicId) {
      assetId
      lastUpdated { metadataUpdatedAt }
      metadata {
        __typename externalId value
        ... on StringMetadataValue { text }
        ... on IntegerMetadataValue { number }
        ... on DateMetadataValue { date }
        ... on EnumMetadataValue { entryExternalId entry { value state } }
        ... on SetMetadataValue { entryExternalIds entries { externalId value } }
      }
      metadataRuleTrace {
        rules { ruleExternalId name metadataFieldId conditionMet effects { action applied detail } rule { externalId name state } }
        fields { externalId enabled mandatory activeValues }
      }
    }
  }
`);

export const SetMetadata = graphql(`
  mutation MetaSetMetadata($input: UpdateAssetInput!) {
    updateAsset(input: $input) {
      asset {
        metadata { externalId value }
        metadataRuleTrace { rules { ruleExternalId conditionMet effects { action applied detail } } fields { externalId enabled mandatory activeValues } }
      }
      userErrors { code field message }
    }
  }
`);

export const CreateRule = graphql(`
  mutation MetaCreateRule($input: CreateMetadataRuleInput!) {
    createMetadataRule(input: $input) {
      metadataRule {
        id externalId name metadataFieldId conditionJson resultJson conditionSignature state position
        metadataField { externalId }
        condition { metadataFieldId populated includes equals and { metadataFieldId equals populated includes or { metadataFieldId equals } } or { metadataFieldId equals } }
        result { enable setMandatory activateValues { all externalIds mode } applyValue { value mode } }
      }
      userErrors { code field message }
    }
  }
`);

export async function createField(t: TestApp, input: CreateMetadataFieldInput, as?: Credentials) {
  const r = await t.gql(CreateField, { input }, as);
  expect(r.errors).toBeUndefined();
  expect(r.data!.createMetadataField.userErrors, JSON.stringify(input).slice(0, 200)).toEqual([]);
  return r.data!.createMetadataField.metadataField!;
}

/** A create that must fail; returns its single user error. */
export async function refusedField(t: TestApp, input: CreateMetadataFieldInput) {
  const r = await t.gql(CreateField, { input });
  expect(r.errors).toBeUndefined();
  expect(r.data!.createMetadataField.metadataField).toBeNull();
  expect(r.data!.createMetadataField.userErrors).toHaveLength(1);
  return r.data!.createMetadataField.userErrors[0];
}

export async function createRule(t: TestApp, input: CreateMetadataRuleInput) {
  const r = await t.gql(CreateRule, { input });
  expect(r.errors).toBeUndefined();
  expect(r.data!.createMetadataRule.userErrors, JSON.stringify(input).slice(0, 300)).toEqual([]);
  return r.data!.createMetadataRule.metadataRule!;
}

export async function refusedRule(t: TestApp, input: CreateMetadataRuleInput) {
  const r = await t.gql(CreateRule, { input });
  expect(r.errors).toBeUndefined();
  expect(r.data!.createMetadataRule.metadataRule).toBeNull();
  expect(r.data!.createMetadataRule.userErrors).toHaveLength(1);
  return r.data!.createMetadataRule.userErrors[0];
}

/** updateAsset with metadata that must succeed; returns the asset's values as { id: value }. */
export async function setValues(t: TestApp, publicId: string, metadata: MetadataValueInput[], clearInvalid = false) {
  const r = await t.gql(SetMetadata, { input: { ref: { publicId }, metadata, clearInvalid } });
  expect(r.errors).toBeUndefined();
  expect(r.data!.updateAsset.userErrors, JSON.stringify(metadata)).toEqual([]);
  return { values: valuesOf(r.data!.updateAsset.asset!.metadata), trace: r.data!.updateAsset.asset!.metadataRuleTrace! };
}

/** updateAsset with metadata that must fail; returns its user errors. */
export async function refusedValues(t: TestApp, publicId: string, metadata: MetadataValueInput[], clearInvalid = false) {
  const r = await t.gql(SetMetadata, { input: { ref: { publicId }, metadata, clearInvalid } });
  expect(r.errors).toBeUndefined();
  expect(r.data!.updateAsset.asset).toBeNull();
  expect(r.data!.updateAsset.userErrors.length).toBeGreaterThan(0);
  return r.data!.updateAsset.userErrors;
}

export const valuesOf = (metadata: { externalId: string; value: unknown }[]) => Object.fromEntries(metadata.map((m) => [m.externalId, m.value]));

export async function valuesNow(t: TestApp, publicId: string) {
  const r = await t.gql(MetaAsset, { publicId });
  expect(r.errors).toBeUndefined();
  return valuesOf(r.data!.asset!.metadata);
}
