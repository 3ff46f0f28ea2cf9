/* LLM4Decompile's signature for task 153 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(const char *class_name, const char **extensions, int ext_count, char *output) {
    char *r = Strongest_Extension(class_name, extensions, ext_count);
    strcpy(output, r);
    free(r);
}
