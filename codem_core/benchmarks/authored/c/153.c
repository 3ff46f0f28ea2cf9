//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned string is allocated with malloc; the caller frees it.
//@@ signature
char *Strongest_Extension(const char *class_name, const char **extensions, int ext_count) {
//@@ solution
    int max_strength = -1000;
    const char* strongest = "";
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
    char *out = malloc(strlen(class_name) + strlen(strongest) + 2);
    sprintf(out, "%s.%s", class_name, strongest);
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        const char *a1[] = {"tEN", "niNE", "eIGHt8OKe"};
        char *r = Strongest_Extension("Watashi", a1, 3);
        assert(strcmp(r, "Watashi.eIGHt8OKe") == 0);
        free(r);
    }
    {
        const char *a1[] = {"nani", "NazeDa", "YEs.WeCaNe", "32145tggg"};
        char *r = Strongest_Extension("Boku123", a1, 4);
        assert(strcmp(r, "Boku123.YEs.WeCaNe") == 0);
        free(r);
    }
    {
        const char *a1[] = {"t", "eMptY", "(nothing", "zeR00", "NuLl__", "123NoooneB321"};
        char *r = Strongest_Extension("__YESIMHERE", a1, 6);
        assert(strcmp(r, "__YESIMHERE.NuLl__") == 0);
        free(r);
    }
    {
        const char *a1[] = {"Ta", "TAR", "t234An", "cosSo"};
        char *r = Strongest_Extension("K", a1, 4);
        assert(strcmp(r, "K.TAR") == 0);
        free(r);
    }
    {
        const char *a1[] = {"Tab", "123", "781345", "-_-"};
        char *r = Strongest_Extension("__HAHA", a1, 4);
        assert(strcmp(r, "__HAHA.123") == 0);
        free(r);
    }
    {
        const char *a1[] = {"HhAas", "okIWILL123", "WorkOut", "Fails", "-_-"};
        char *r = Strongest_Extension("YameRore", a1, 5);
        assert(strcmp(r, "YameRore.okIWILL123") == 0);
        free(r);
    }
    {
        const char *a1[] = {"Die", "NowW", "Wow", "WoW"};
        char *r = Strongest_Extension("finNNalLLly", a1, 4);
        assert(strcmp(r, "finNNalLLly.WoW") == 0);
        free(r);
    }
    {
        const char *a1[] = {"Bb", "91245"};
        char *r = Strongest_Extension("_", a1, 2);
        assert(strcmp(r, "_.Bb") == 0);
        free(r);
    }
    {
        const char *a1[] = {"671235", "Bb"};
        char *r = Strongest_Extension("Sp", a1, 2);
        assert(strcmp(r, "Sp.671235") == 0);
        free(r);
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
        char *r = Strongest_Extension("my_class", a1, 3);
        assert(strcmp(r, "my_class.AA") == 0);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed Strongest_Extension.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer output -> returned malloc'd string.
