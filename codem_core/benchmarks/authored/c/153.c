//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
//@@ signature
void Strongest_Extension(const char* class_name, const char** extensions, int ext_count, char* output) {
//@@ solution
    int max_strength = -1000;
    const char* strongest = NULL;
    for (int i = 0; i < ext_count; i++) {
        const char* extension = extensions[i];
        int strength = 0;
        for (int j = 0; extension[j] != '\0'; j++) {
            char chr = extension[j];
            if (chr >= 'A' && chr <= 'Z') strength++;
            if (chr >= 'a' && chr <= 'z') strength--;
        }
        if (strength > max_strength) {
            max_strength = strength;
            strongest = extension;
        }
    }
    sprintf(output, "%s.%s", class_name, strongest);
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        const char *a1[] = {"tEN", "niNE", "eIGHt8OKe"};
        char out[4096] = {0};
        Strongest_Extension("Watashi", a1, 3, out);
        assert(strcmp(out, "Watashi.eIGHt8OKe") == 0);
    }
    {
        const char *a1[] = {"nani", "NazeDa", "YEs.WeCaNe", "32145tggg"};
        char out[4096] = {0};
        Strongest_Extension("Boku123", a1, 4, out);
        assert(strcmp(out, "Boku123.YEs.WeCaNe") == 0);
    }
    {
        const char *a1[] = {"t", "eMptY", "(nothing", "zeR00", "NuLl__", "123NoooneB321"};
        char out[4096] = {0};
        Strongest_Extension("__YESIMHERE", a1, 6, out);
        assert(strcmp(out, "__YESIMHERE.NuLl__") == 0);
    }
    {
        const char *a1[] = {"Ta", "TAR", "t234An", "cosSo"};
        char out[4096] = {0};
        Strongest_Extension("K", a1, 4, out);
        assert(strcmp(out, "K.TAR") == 0);
    }
    {
        const char *a1[] = {"Tab", "123", "781345", "-_-"};
        char out[4096] = {0};
        Strongest_Extension("__HAHA", a1, 4, out);
        assert(strcmp(out, "__HAHA.123") == 0);
    }
    {
        const char *a1[] = {"HhAas", "okIWILL123", "WorkOut", "Fails", "-_-"};
        char out[4096] = {0};
        Strongest_Extension("YameRore", a1, 5, out);
        assert(strcmp(out, "YameRore.okIWILL123") == 0);
    }
    {
        const char *a1[] = {"Die", "NowW", "Wow", "WoW"};
        char out[4096] = {0};
        Strongest_Extension("finNNalLLly", a1, 4, out);
        assert(strcmp(out, "finNNalLLly.WoW") == 0);
    }
    {
        const char *a1[] = {"Bb", "91245"};
        char out[4096] = {0};
        Strongest_Extension("_", a1, 2, out);
        assert(strcmp(out, "_.Bb") == 0);
    }
    {
        const char *a1[] = {"671235", "Bb"};
        char out[4096] = {0};
        Strongest_Extension("Sp", a1, 2, out);
        assert(strcmp(out, "Sp.671235") == 0);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        const char *a1[] = {"AA", "Be", "CC"};
        char out[4096] = {0};
        Strongest_Extension("my_class", a1, 3, out);
        assert(strcmp(out, "my_class.AA") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed Strongest_Extension.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
