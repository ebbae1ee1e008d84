// The part of the Frictionless JavaScript implementation (datapackage 1.x, untyped) the tests use.
declare module "datapackage" {
  interface Resource {
    name: string;
    read(options: { relations: boolean }): Promise<unknown[]>;
  }
  interface Package {
    valid: boolean;
    errors: { message: string }[];
    resources: Resource[];
  }
  const datapackage: { Package: { load(descriptor: string | object, options?: { basePath: string }): Promise<Package> } };
  export default datapackage;
}
